using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>Bad input never crashes the analyzers or the parser: broken code in the IDE, garbage policy text.</summary>
public class RobustnessTests
{
    public static TheoryData<string> BrokenSources() => new()
    {
        "class C { void M() { File.ReadAllText(",
        "class C : UnknownBase { UnknownType f; void M() => Unknown.Call(x => y.z); }",
        "using static ; using X = ; class C { dynamic d = ; }",
        "class C { unsafe void M() { int* p = &; delegate*<> f; stackalloc int[]; } }",
        "[DllImport] extern class; ~ () {}",
        "class C<T> where T : System.IO. { }",
        "class C { object o = typeof(); object p = default(); bool q = o is; }",
        "class C { void M() { foreach (System.IO.FileInfo in) { } } }",
        "#r\n#load\nSystem.IO.File.",
        "class C { event System.Action E; void M() { E += ; System.Console.CancelKeyPress += ; } }",
        new string('(', 500) + new string(')', 500),
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task Broken_code_never_throws_inside_the_analyzers(string source)
    {
        foreach (SourceCodeKind kind in new[] { SourceCodeKind.Regular, SourceCodeKind.Script })
        {
            var tree = CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithKind(kind).WithLanguageVersion(LanguageVersion.Latest));
            var compilation = CSharpCompilation.Create(
                "broken",
                new[] { tree },
                Basic.Reference.Assemblies.Net100.References.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
            foreach (Policy policy in new[] { Policy.Default, Policy.Default.WithMode(PolicyMode.Allowlist) })
            {
                var analyzers = compilation.WithAnalyzers(
                    System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(new CapabilityAnalyzer(policy)),
                    new CompilationWithAnalyzersOptions(new AnalyzerOptions(default), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
                var diagnostics = await analyzers.GetAnalyzerDiagnosticsAsync();
                Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            }
        }
    }

    [Fact]
    public void Garbage_policy_text_gives_problems_not_exceptions()
    {
        var random = new Random(20261127);
        const string Alphabet = "TMPFENtm!:;#/*.()[]{}`~, \t\r\nCOC0123456789abcxyzSystem.IO.Fileallowmodecapabilityondenylist";
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 120)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            Policy policy = Policy.Parse(new string(chars), "fuzz.policy");
            _ = policy.DenyIndex;
            _ = policy.AllowIndex;
            var compilation = CSharpCompilation.Create("probe", references: Basic.Reference.Assemblies.Net100.References.All);
            Assert.All(policy.Problems, p => Assert.StartsWith("COC009", p.RuleId));
            if (round % 100 == 0)
            {
                Assert.All(policy.FindUnresolved(compilation), p => Assert.Equal("COC0091", p.RuleId));
            }
        }
    }

    [Fact]
    public void Every_bad_line_is_reported_with_its_line_number()
    {
        PolicyDocument document = PolicyParser.Parse("T:System.IO.File\n\n  nonsense here\r\n# comment\nM:\n", "p.policy");
        Assert.Equal(new[] { 3, 5 }, document.Problems.Select(p => p.Source.Line));
        Assert.All(document.Problems, p => Assert.Equal("COC0090", p.RuleId));
        Assert.Single(document.Entries);
    }
}
