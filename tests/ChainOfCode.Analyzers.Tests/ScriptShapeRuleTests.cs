using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>COCR0003, COCR0004, COCR0006: shapes of script code the runtime's guards cannot hold, reported by ScriptShapeAnalyzer.</summary>
public class ScriptShapeRuleTests
{
    [Fact]
    public Task Names_with_the_reserved_prefix_are_reported() => Script("""
        var {|COCR0003:__cocSteps|} = 1;
        int {|COCR0003:__COCother|}() => {|COCR0003:__cocSteps|};
        """);

    [Fact]
    public Task A_finalizer_in_a_script_is_reported() => Script("""
        class Leaky { ~{|COCR0004:Leaky|}() { } }
        """);

    [Fact]
    public Task A_class_deriving_from_a_framework_class_with_a_finalizer_is_reported() => Script("""
        class Local : {|COCR0004:System.Threading.ThreadLocal<int>|} { protected override void Dispose(bool disposing) { } }
        class Handle : {|COCR0004:System.Runtime.InteropServices.CriticalHandle|}, System.IDisposable
        {
            public Handle() : base(System.IntPtr.Zero) { }
            public override bool IsInvalid => false;
            protected override bool ReleaseHandle() => true;
        }
        class Base : {|COCR0004:System.Threading.ThreadLocal<string>|} { }
        class Derived : Base { }
        """);

    // A stream's, reader's or writer's default asynchronous members run the synchronous ones on the thread pool: the
    // script's overrides, and its code after such a call awaited with ConfigureAwait(false), ran there and ended the host.
    [Fact]
    public Task A_class_deriving_from_a_stream_reader_or_writer_is_reported() => Script("""
        class Writer : {|COCR0004:System.IO.TextWriter|} { public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8; }
        class Reader : {|COCR0004:System.IO.TextReader|} { }
        class Lines : {|COCR0004:System.IO.StringWriter|} { }
        class Buffer : {|COCR0004:System.IO.MemoryStream|} { public override int Read(byte[] b, int o, int c) => 0; }
        class Derived : Buffer { }
        """);

    [Fact]
    public Task Classes_deriving_from_framework_classes_without_a_finalizer_are_fine() => Script("""
        class Failure : System.InvalidOperationException { }
        class Words : System.Collections.ObjectModel.Collection<string> { }
        class Counts : System.Collections.Generic.Dictionary<string, int> { }
        record Point(int X, int Y);
        record Point3(int X, int Y, int Z) : Point(X, Y);
        """);

    [Fact]
    public Task Async_void_methods_local_functions_and_lambdas_are_reported() => Script("""
        {|COCR0006:async|} void Fire() { await System.Threading.Tasks.Task.Yield(); }
        System.Action a = {|COCR0006:async|} () => { await System.Threading.Tasks.Task.Yield(); };
        class C { {|COCR0006:public|} async void M() { await System.Threading.Tasks.Task.Yield(); } }
        """);

    [Fact]
    public Task Async_methods_returning_tasks_are_fine() => Script("""
        async System.Threading.Tasks.Task<int> Twice(int x) { await System.Threading.Tasks.Task.Yield(); return 2 * x; }
        System.Func<System.Threading.Tasks.Task> f = async () => await System.Threading.Tasks.Task.Yield();
        """);

    [Fact]
    public Task Regular_code_is_not_a_script() => new Test(SourceCodeKind.Regular)
    {
        TestCode = """
            class Leaky
            {
                private int __cocState;
                ~Leaky() { }
                public async void Fire() { await System.Threading.Tasks.Task.Yield(); __cocState++; }
            }
            """,
    }.RunAsync();

    private static Task Script(string source) => new Test(SourceCodeKind.Script) { TestCode = source }.RunAsync();

    private sealed class Test : CSharpAnalyzerTest<ScriptShapeAnalyzer, DefaultVerifier>
    {
        private readonly SourceCodeKind kind;

        public Test(SourceCodeKind kind)
        {
            this.kind = kind;
            ReferenceAssemblies = ChainOfCode.Analyzers.Tests.Verify.Net100;
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest).WithKind(kind);
    }
}
