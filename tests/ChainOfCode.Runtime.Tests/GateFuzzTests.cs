using CsCheck;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// A bounded fuzz slice (CsCheck) of the gate alone, in this process, over the mutated and spliced corpora
/// (<see cref="CorpusMutations"/>): the gate answers every mutant without an exception or an analyzer failure
/// (AD0001), and an attack script spliced into a benign program, bare or nested, is never accepted. A failure
/// prints CsCheck's seed; replay it with <c>seed:</c> in <c>Sample</c>. <c>COC_FUZZ_SCALE</c> multiplies the
/// iterations (docs/security.md). <see cref="RuntimeFuzzTests"/> runs mutants through the whole runtime.
/// </summary>
public sealed class GateFuzzTests
{
    [Fact]
    public void The_gate_answers_every_mutant_without_an_exception()
    {
        CorpusMutations.Mutant.Sample(script =>
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            GateResult verdict = ScriptGate.Check(script.Code, cancellationToken: deadline.Token);
            Assert.DoesNotContain(verdict.Diagnostics, d => d.Id == "AD0001");
        }, iter: 60 * CorpusMutations.Scale, threads: 1);
    }

    [Fact]
    public void An_attack_spliced_into_a_benign_program_is_never_accepted()
    {
        CorpusMutations.Splice.Sample(splice =>
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            GateResult verdict = ScriptGate.Check(splice.Program.Code, cancellationToken: deadline.Token);
            Assert.True(verdict.Verdict != GateVerdict.Accepted, "accepted: " + splice.Program.Code);
        }, iter: 30 * CorpusMutations.Scale, threads: 1);
    }
}
