using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// The hostile corpus (tests/corpus/hostile) in a worker (every refused script, one per class of the others): each
/// ends with the status its header states, and the canaries of this process saw nothing.
/// </summary>
[Collection(ProbePoolCollection.Name)]
public sealed class HostileCorpusWorkerTests(ProbePoolFixture fixture)
{
    public static TheoryData<string> Scripts => HostileCorpus.InWorker();

    private WorkerPool Pool => fixture.Pool;

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task A_hostile_script_ends_in_the_worker_with_the_status_its_header_states(string name)
    {
        CorpusScript script = HostileCorpus.Named(name);

        ScriptResult result = await Pool.RunAsync(script.Code, new RunOptions { Limits = script.Limits });

        Assert.True(script.ExpectedStatus == result.Status, $"{name}: expected {script.Expected} but got {result.ToJson()}");
        Assert.True(script.Rule is null || result.Diagnostics.Any(d => d.Id == script.Rule), $"{name}: expected {script.Rule} in {result.ToJson()}");
        Canaries.AssertUntouched(name, result.ToJson());
    }
}
