using ChainOfCode.Tests.Shared;
using CsCheck;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// A bounded fuzz slice (CsCheck) over the benign programs and the hostile corpus: token deletion, duplication,
/// nesting, and attack lines spliced into benign programs. The gate answers every mutant without an exception or an
/// analyzer failure (AD0001), and an attack line the gate refuses alone is never accepted inside a benign program.
/// A failure prints CsCheck's seed; replay it with <c>seed:</c> in <c>Sample</c>. A longer run: raise <c>iter</c>.
/// </summary>
public sealed class GateFuzzTests
{
    private static readonly string[] Benign = [.. BenignScriptTests.Puzzles.Select(row => (string)row[1])];

    private static readonly string[] Hostile = [.. HostileCorpus.All.Select(s => s.Code)];

    /// <summary>Lines of the refused corpus scripts that the gate refuses on their own (comments and braces never are).</summary>
    private static readonly Lazy<string[]> AttackLines = new(() => [.. HostileCorpus.All
        .Where(s => s.ExpectedStatus == ScriptStatus.Rejected)
        .SelectMany(s => s.Code.Split('\n'))
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith('#'))
        .Distinct()
        .Where(l => ScriptGate.Check(l).Verdict == GateVerdict.Rejected)]);

    private static readonly Gen<string> Source = Gen.OneOf(Pick(Benign), Pick(Hostile));

    private static readonly Gen<string> Mutant = Gen.OneOf(
        Gen.Select(Source, Gen.Double[0, 1], Gen.Int[1, 40], (s, at, length) => Delete(s, at, length)),
        Gen.Select(Source, Gen.Double[0, 1], Gen.Int[1, 80], (s, at, length) => Duplicate(s, at, length)),
        Gen.Select(Source, Gen.Int[1, 12], (s, depth) => Nest(s, depth)));

    [Fact]
    public void The_gate_answers_every_mutant_without_an_exception()
    {
        Mutant.Sample(code =>
        {
            GateResult verdict = ScriptGate.Check(code);
            Assert.DoesNotContain(verdict.Diagnostics, d => d.Id == "AD0001");
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void An_attack_line_spliced_into_a_benign_program_is_never_accepted()
    {
        Gen.Select(Pick(Benign), Pick(AttackLines.Value), Gen.Bool).Sample((program, attack, first) =>
        {
            string code = first ? attack + "\n" + program : program + "\n" + attack;
            GateResult verdict = ScriptGate.Check(code);
            Assert.True(verdict.Verdict != GateVerdict.Accepted, "accepted: " + attack);
        }, iter: 40, threads: 1);
    }

    private static Gen<string> Pick(string[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static string Delete(string s, double at, int length)
    {
        int start = (int)(at * s.Length);
        return s.Remove(start, Math.Min(length, s.Length - start));
    }

    private static string Duplicate(string s, double at, int length)
    {
        int start = (int)(at * s.Length);
        string slice = s.Substring(start, Math.Min(length, s.Length - start));
        return s.Insert(start, slice);
    }

    private static string Nest(string s, int depth) =>
        string.Concat(Enumerable.Repeat("{ if (true) ", depth)) + "{ " + s + " }" + new string('}', depth);
}
