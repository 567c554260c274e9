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
            object M(object o) => o.GetType().Name + o.GetType().Namespace + {|COC0011:o.GetType().Assembly|} + {|COC0011:o.GetType().GetMembers()|};
        }
        """, Allowlist);

    [Fact]
    public Task A_type_is_a_value_inside_the_surface_but_its_members_and_assembly_are_not() => Verify.Analyzer("""
        using System;
        using System.Collections.Generic;
        class C
        {
            Dictionary<Type, int> counts = new();
            bool M(object o)
            {
                Type t = o.GetType();
                counts[t] = counts.TryGetValue(t, out int n) ? n + 1 : 1;
                _ = t.FullName + t.IsValueType + t.IsGenericType + t.BaseType + t.GetGenericArguments().Length;
                _ = {|COC0011:t.GetMethods()|};
                _ = {|COC0011:t.GetProperty("Length")|};
                _ = {|COC0011:t.GetFields()|};
                _ = {|COC0011:t.Assembly|};
                _ = {|COC0011:t.TypeHandle|};
                return t == typeof(string) || typeof(IComparable).IsAssignableFrom(t);
            }
        }
        """, Allowlist);

    [Fact]
    public Task A_delegate_is_a_value_inside_the_surface_but_its_method_and_target_are_not() => Verify.Analyzer("""
        using System;
        using System.Collections.Generic;
        class C
        {
            List<Delegate> handlers = new();
            int M(Action a, Action b)
            {
                handlers.Add(a);
                Delegate both = Delegate.Combine(a, b);
                _ = {|COC0011:a.Method|};
                _ = {|COC0011:a.Target|};
                return both.GetInvocationList().Length + handlers.Count;
            }
        }
        """, Allowlist);

    [Fact]
    public Task CollectionsMarshal_and_Lock_are_inside_the_surface() => Verify.Analyzer("""
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        class C
        {
            private readonly System.Threading.Lock gate = new();
            int M(List<int> list, Dictionary<string, int> counts)
            {
                ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, "a", out _);
                slot++;
                CollectionsMarshal.SetCount(list, 3);
                lock (gate)
                {
                    return CollectionsMarshal.AsSpan(list).Length + slot;
                }
            }
        }
        """, Allowlist);

    [Fact]
    public Task A_cancellation_source_the_code_cancels_itself_is_inside_the_surface_but_not_its_timers_or_CancelAsync() => Verify.Analyzer("""
        using System.Threading;
        using System.Threading.Tasks;
        class C
        {
            async Task<bool> M()
            {
                using var cts = new CancellationTokenSource();
                int calls = 0;
                cts.Token.Register(() => calls++);
                cts.Cancel();
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cts.Token);
                await {|COC0007:cts.CancelAsync()|};
                {|COC0007:cts.CancelAfter(10)|};
                return linked.IsCancellationRequested && calls == 1;
            }
        }
        """, Allowlist);
}
