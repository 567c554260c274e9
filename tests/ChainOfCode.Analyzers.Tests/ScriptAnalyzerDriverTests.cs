using System.Collections.Immutable;
using System.Globalization;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>The gate's own analyzer driver: the same findings as Roslyn's driver, and it fails closed.</summary>
public class ScriptAnalyzerDriverTests
{
    // Every place a banned use can hide outside a script's global statements: bodies, accessors, initializers,
    // parameter defaults, attributes, nested types, local functions and lambdas, declared types.
    private const string Members = """
        using System;
        using System.IO;
        [AttributeUsage(AttributeTargets.All)]
        class TypeAttribute : Attribute { public TypeAttribute(Type t) { } }
        [Type(typeof(File))]
        class C
        {
            static string field = File.ReadAllText("f");
            FileInfo Info { get; } = new FileInfo("p");
            string P => Path.GetTempPath();
            string Q { get { return Environment.GetEnvironmentVariable("X"); } set { File.Delete(value); } }
            C() : this(File.Exists("x")) { }
            C(bool b) { }
            int M(int x = 1) { int Local() => File.ReadAllBytes("l").Length; Func<string> f = () => File.ReadAllText("y"); return Local(); }
            ~C() { }
            event Action? E { add { File.Delete("a"); } remove { } }
            enum Kind { A = 1, B = A + 1 }
            unsafe void U(int* p) { }
            dynamic D(dynamic d) => d.Go();
            event Action<FileInfo>? Changed;
            string this[int i, string p = "q"] => File.ReadAllText(p);
            public static C operator +(C c, FileInfo f) => new C(File.Exists(f.Name));
            public static explicit operator FileInfo(C c) => new FileInfo("c");
            partial class Inner { partial void Go(FileStream s); partial void Go(FileStream s) { s.Flush(); } }
            interface IReader { string Read() => File.ReadAllText("i"); }
            delegate FileInfo Make(DirectoryInfo d);
        }
        [assembly: System.Reflection.AssemblyMetadata("k", "v")]
        """;

    // Primary constructors: their parameters declare properties (records) and their base arguments run code.
    private const string PrimaryConstructors = """
        using System.IO;
        record Base(string Text);
        record Saved(FileInfo File, string Name = "n") : Base(System.IO.File.ReadAllText(Name));
        class Holder(DirectoryInfo directory) : Base(Path.GetTempPath()) { public string Name => directory.Name; }
        struct Pair(FileStream stream) { public long Length => stream.Length; }
        """;

    private const string TopLevel = """
        using System.IO;
        var text = File.ReadAllText("t");
        System.Console.WriteLine(text);
        int Twice(int x) => Directory.GetFiles(".").Length * x;
        class Helper { public string Read() => File.ReadAllText("h"); }
        """;

    private static CSharpCompilation Compile(string source, SourceCodeKind kind, OutputKind output) => CSharpCompilation.Create(
        "driven",
        [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: kind))],
        Basic.Reference.Assemblies.Net100.References.All,
        new CSharpCompilationOptions(output, allowUnsafe: true));

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Severity} {d.Location.SourceSpan} {d.GetMessage(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData(Members, OutputKind.DynamicallyLinkedLibrary)]
    [InlineData(PrimaryConstructors, OutputKind.DynamicallyLinkedLibrary)]
    [InlineData(TopLevel, OutputKind.ConsoleApplication)]
    public void Finds_what_the_compilers_driver_finds(string source, OutputKind output)
    {
        CSharpCompilation compilation = Compile(source, SourceCodeKind.Regular, output);
        ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerHost.For(Policy.Default);
        string[] expected = Describe(new AnalyzerHost(compilation, analyzers, includeSuppressed: true).Analyze(CancellationToken.None));

        string[] actual = Describe(AnalyzerHost.Keep(ScriptAnalyzerDriver.Analyze(compilation.GetSemanticModel(compilation.SyntaxTrees[0]), analyzers, CancellationToken.None)));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Finds_what_the_compilers_driver_finds_in_a_script_and_its_global_statements()
    {
        const string Script = TopLevel + """
            FileInfo info = null;
            System.IO.DirectoryInfo[] dirs = { };
            void Save(FileStream stream, string path = "p") { }
            FileInfo Info { get; set; }
            record Saved(FileInfo File) : Base(File.Name);
            record Base(string Name);
            """;
        CSharpCompilation compilation = Compile(Script, SourceCodeKind.Script, OutputKind.DynamicallyLinkedLibrary);
        ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerHost.For(Policy.Default);
        string[] expected = Describe(new AnalyzerHost(compilation, analyzers, includeSuppressed: true).Analyze(CancellationToken.None));

        string[] actual = Describe(AnalyzerHost.Keep(ScriptAnalyzerDriver.Analyze(compilation.GetSemanticModel(compilation.SyntaxTrees[0]), analyzers, CancellationToken.None)));

        Assert.Contains(actual, d => d.Contains("ReadAllText", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_kind_of_action_it_cannot_run_fails_closed()
    {
        CSharpCompilation compilation = Compile("class C { }", SourceCodeKind.Regular, OutputKind.DynamicallyLinkedLibrary);

        Diagnostic failure = Assert.Single(ScriptAnalyzerDriver.Analyze(compilation.GetSemanticModel(compilation.SyntaxTrees[0]), ImmutableArray.Create<DiagnosticAnalyzer>(new SemanticModelAnalyzer()), CancellationToken.None));

        Assert.Equal(AnalyzerHost.AnalyzerFailureId, failure.Id);
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
    }

    [Fact]
    public void A_crashing_analyzer_is_an_error()
    {
        CSharpCompilation compilation = Compile("class C { }", SourceCodeKind.Regular, OutputKind.DynamicallyLinkedLibrary);

        Diagnostic failure = Assert.Single(ScriptAnalyzerDriver.Analyze(compilation.GetSemanticModel(compilation.SyntaxTrees[0]), ImmutableArray.Create<DiagnosticAnalyzer>(new CrashingAnalyzer()), CancellationToken.None));

        Assert.Equal(AnalyzerHost.AnalyzerFailureId, failure.Id);
        Assert.Contains("broken analyzer", failure.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

#pragma warning disable RS1001, RS1025, RS1026, RS2008 // test doubles handed to the driver, never loaded as compiler extensions
    private sealed class SemanticModelAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("TEST0002", "never", "never", "test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSemanticModelAction(model => model.ReportDiagnostic(Diagnostic.Create(Never, Location.None)));
    }

    private sealed class CrashingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("TEST0003", "never", "never", "test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("broken analyzer"), SyntaxKind.ClassDeclaration);
    }
#pragma warning restore RS1001, RS1025, RS1026, RS2008
}
