using ChainOfCode.Tests.Shared;
using CsCheck;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// A bounded fuzz slice (CsCheck) of the whole runtime: mutated and spliced corpus scripts
/// (<see cref="CorpusMutations"/>) run in process, in a child host of this assembly (a mutant that kills its host
/// is one red test, not a dead test run). Every run is answered within its deadline, its grace and a margin for a
/// loaded machine, the child stays alive, nothing fails inside the runtime (<c>crashed</c>) or the analyzers
/// (AD0001), and the canaries of this process see nothing; an attack spliced into a benign program never runs:
/// the run is refused. <c>COC_FUZZ_SCALE</c> multiplies the iterations (docs/security.md).
/// </summary>
public sealed class RuntimeFuzzTests(RuntimeFuzzTests.Child fixture) : IClassFixture<RuntimeFuzzTests.Child>
{
    /// <summary>A loop ends at a small step budget; a stuck run at a short deadline and grace.</summary>
    private static readonly RunLimits Limits = RunLimits.Default with
    {
        Timeout = TimeSpan.FromSeconds(2),
        AbandonGrace = TimeSpan.FromSeconds(2),
        MaxSteps = 1_000_000,
    };

    /// <summary>A splice is refused before it runs; its deadline only bounds the gate's compile, which a loaded machine slows.</summary>
    private static readonly RunLimits SpliceLimits = Limits with { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public void Every_mutant_is_answered_in_time_without_a_crash_and_the_host_lives()
    {
        CorpusMutations.Mutant.Sample(script =>
        {
            ChildOutcome outcome = fixture.Host.Run(new ChildRequest("mutant", script.Code, Limits, null, script.Input));

            Assert.True(outcome.Result is not null, outcome.Death);
            Assert.NotEqual(ScriptStatus.Crashed, outcome.Result!.Status);
            Assert.DoesNotContain(outcome.Result.Diagnostics, d => d.Id == "AD0001");
            Canaries.AssertUntouched("mutant", outcome.Result.ToJson());
        }, iter: 20 * CorpusMutations.Scale, threads: 1, print: s => s.Code);

        Assert.Equal(1, fixture.Host.Started);
    }

    [Fact]
    public void An_attack_spliced_into_a_benign_program_is_refused_and_does_nothing()
    {
        CorpusMutations.Splice.Sample(splice =>
        {
            ChildOutcome outcome = fixture.Host.Run(new ChildRequest("splice", splice.Program.Code, SpliceLimits, null, splice.Program.Input));

            Assert.True(outcome.Result is not null, outcome.Death);
            Assert.True(outcome.Result!.Status is ScriptStatus.Rejected or ScriptStatus.CompileError, outcome.Result.ToJson());
            Assert.Equal(0, outcome.Result.Usage.Steps);
            Canaries.AssertUntouched("splice", outcome.Result.ToJson());
        }, iter: 16 * CorpusMutations.Scale, threads: 1, print: s => s.Program.Code);

        Assert.Equal(1, fixture.Host.Started);
    }

    /// <summary>One child host for the class's runs.</summary>
    public sealed class Child : IDisposable
    {
        internal ChildHost Host { get; } = new() { Margin = TimeSpan.FromSeconds(30) };

        public void Dispose() => Host.Dispose();
    }
}
