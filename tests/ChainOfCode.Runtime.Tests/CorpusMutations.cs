using System.Globalization;
using ChainOfCode.Tests.Shared;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Runtime.Tests;

/// <summary>A script the fuzzers run, with the input its program reads (empty for the hostile corpus).</summary>
internal sealed record FuzzScript(string Code, string Input)
{
    public override string ToString() => Code;
}

/// <summary>
/// Generators (CsCheck) that mutate and splice the corpora: token deletion and duplication, nesting in blocks,
/// loops, lambdas, local functions and try/finally, and attack scripts spliced into benign programs at statement
/// boundaries (top level and inside nested blocks), bare or nested. Iterations scale with <c>COC_FUZZ_SCALE</c>.
/// </summary>
internal static class CorpusMutations
{
    /// <summary>Multiplies every fuzz test's iterations (<c>COC_FUZZ_SCALE=100</c> for the long run); 1 in CI.</summary>
    public static int Scale { get; } = int.TryParse(Environment.GetEnvironmentVariable("COC_FUZZ_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out int scale) && scale > 0 ? scale : 1;

    private static readonly FuzzScript[] Benign = [.. BenignCorpus.All.Select(p => new FuzzScript(p.Code, p.Input))];

    private static readonly FuzzScript[] Hostile = [.. HostileCorpus.All.Select(s => new FuzzScript(s.Code, string.Empty))];

    /// <summary>
    /// Attacks that must never run: the refused scripts of the hostile corpus, and the real-effect attacks the gate
    /// refuses (they aim at this process's canaries, <see cref="Canaries"/>).
    /// </summary>
    private static readonly Lazy<string[]> Attacks = new(() =>
    [
        .. HostileCorpus.All.Where(s => s.ExpectedStatus == ScriptStatus.Rejected).Select(s => s.Code),
        .. RealEffects.All.Where(e => e.InProcess == ScriptStatus.Rejected).Select(e => e.FilledCode),
    ]);

    private static readonly Func<string, string>[] Wrappers =
    [
        body => "{\n" + body + "\n}",
        body => "for (var fuzzLoop = 0; fuzzLoop < 2; fuzzLoop++)\n{\n" + body + "\n}",
        body => "if (Input.Length >= 0)\n{\n" + body + "\n}",
        body => "Func<object?> fuzzLambda = () =>\n{\n" + body + "\nreturn null;\n};\n_ = fuzzLambda();",
        body => "object? FuzzLocal()\n{\n" + body + "\nreturn null;\n}\n_ = FuzzLocal();",
        body => "try\n{\n" + body + "\n}\nfinally\n{\n}",
        body => "foreach (var fuzzItem in new[] { 1 })\n{\n" + body + "\n}",
    ];

    /// <summary>A corpus script, benign or hostile, as it is.</summary>
    public static Gen<FuzzScript> Source { get; } = Gen.OneOf(Pick(Benign), Pick(Hostile));

    /// <summary>A corpus script with tokens deleted or duplicated, or nested in a wrapper up to four deep.</summary>
    public static Gen<FuzzScript> Mutant { get; } = Gen.OneOf(
        Gen.Select(Source, Gen.Double[0, 1], Gen.Int[1, 6], (s, at, count) => s with { Code = DeleteTokens(s.Code, at, count) }),
        Gen.Select(Source, Gen.Double[0, 1], Gen.Int[1, 12], (s, at, count) => s with { Code = DuplicateTokens(s.Code, at, count) }),
        Gen.Select(Source, Gen.Int[0, Wrappers.Length - 1].Array[1, 4], (s, wrappers) => s with { Code = Nest(s.Code, wrappers) }));

    /// <summary>An attack spliced into a benign program: at a statement boundary, bare or in one wrapper.</summary>
    public static Gen<(FuzzScript Program, string Attack)> Splice { get; } = Gen.Select(
        Pick(Benign),
        Gen.Int[0, int.MaxValue],
        Gen.Double[0, 1],
        Gen.Int[-1, Wrappers.Length - 1],
        (program, attack, at, wrapper) =>
        {
            string fragment = Attacks.Value[attack % Attacks.Value.Length];
            string nested = wrapper < 0 ? fragment : Wrappers[wrapper](fragment);
            int[] points = StatementStarts(program.Code);
            int point = points[(int)(at * (points.Length - 1))];
            return (program with { Code = program.Code.Insert(point, "\n" + nested + "\n") }, fragment);
        });

    private static Gen<T> Pick<T>(T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static string[] Tokens(string code) => [.. SyntaxFactory.ParseTokens(code).Select(t => t.ToFullString())];

    private static string DeleteTokens(string code, double at, int count)
    {
        string[] tokens = Tokens(code);
        int start = (int)(at * tokens.Length);
        return string.Concat(tokens.Take(start).Concat(tokens.Skip(start + count)));
    }

    private static string DuplicateTokens(string code, double at, int count)
    {
        string[] tokens = Tokens(code);
        int start = (int)(at * tokens.Length);
        string[] slice = [.. tokens.Skip(start).Take(count)];
        return string.Concat(tokens.Take(start).Concat(slice).Concat(tokens.Skip(start)));
    }

    private static string Nest(string code, int[] wrappers) => wrappers.Aggregate(code, (body, wrapper) => Wrappers[wrapper](body));

    /// <summary>
    /// Where a statement may go: before each statement at the top level or directly in a block (of a method, a
    /// lambda, a loop), and at the end. Never inside an expression or a string literal.
    /// </summary>
    private static int[] StatementStarts(string code)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot();
        return [.. root.DescendantNodes()
            .OfType<StatementSyntax>()
            .Where(s => s.Parent is GlobalStatementSyntax or BlockSyntax)
            .Select(s => s.SpanStart)
            .Append(code.Length)
            .Distinct()
            .Order()];
    }
}
