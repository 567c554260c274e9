namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0011: in allowlist mode only the allowed surface may be used.</summary>
public class AllowlistRuleTests
{
    private static readonly (string, string) Allowlist = ("ChainOfCode.policy", "mode: allowlist\n");

    [Fact]
    public Task Outside_the_surface_is_reported_only_in_allowlist_mode() => Verify.Analyzer("""
        class C
        {
            object M() => {|COC0011:new System.Collections.Concurrent.ConcurrentBag<int>()|};
            object N() => {|COC0011:new System.Diagnostics.ActivitySource("x")|};
            {|COC0011:System.Net.IPAddress|} U;
        }
        """, Allowlist);

    [Fact]
    public Task Denylist_mode_does_not_report_COC0011() => Verify.Analyzer("""
        class C
        {
            object M() => new System.Collections.Concurrent.ConcurrentBag<int>();
            System.Net.IPAddress U;
        }
        """);

    [Fact]
    public Task Capability_rules_win_over_the_surface() => Verify.Analyzer("""
        using System;
        class C
        {
            void M()
            {
                Console.WriteLine("ok");
                {|COC0008:Console.ReadLine()|};
            }
        }
        """, Allowlist);

    [Fact]
    public Task Code_declared_in_the_compilation_is_always_allowed() => Verify.Analyzer("""
        using System.Collections.Generic;
        using System.Linq;
        record Point(int X, int Y);
        class C
        {
            int M(List<Point> ps) => ps.Where(p => p.X > 0).Select(p => p.X + p.Y).Sum();
            override public string ToString() => base.ToString() + new Point(1, 2).GetHashCode();
        }
        """, Allowlist);

    [Fact]
    public Task A_project_can_extend_the_surface() => Verify.Analyzer("""
        class C
        {
            object M() => new System.Collections.Concurrent.ConcurrentBag<int>();
            object N() => {|COC0011:new System.Buffers.ArrayBufferWriter<int>()|};
        }
        """, ("ChainOfCode.policy", "mode: allowlist\n[allow]\nN:System.Collections.Concurrent\n"));

    [Fact]
    public Task Sdk_generated_assembly_attributes_are_inside_the_surface() => Verify.Analyzer("""
        [assembly: System.Reflection.AssemblyCompany("c")]
        [assembly: System.Reflection.AssemblyVersion("1.0.0.0")]
        [assembly: System.Runtime.Versioning.TargetFramework(".NETCoreApp,Version=v10.0")]
        class C { }
        """, Allowlist);

    [Fact]
    public Task Reflection_through_GetType_leaves_the_surface() => Verify.Analyzer("""
        class C
        {
            object M(object o) => o.GetType().Name + {|COC0011:o.GetType().Namespace|};
        }
        """, Allowlist);
}
