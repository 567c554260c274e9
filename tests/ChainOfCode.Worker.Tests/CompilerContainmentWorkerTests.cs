using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using ChainOfCode.TestSupport;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>The compiler's hostile inputs in the worker: chains are refused by the same caps, and a compile that would take minutes ends with the run's deadline.</summary>
[Collection(ProbePoolCollection.Name)]
public sealed class CompilerContainmentWorkerTests(ProbePoolFixture fixture)
{
    public static TheoryData<string, string, string> Chains => HostileInput.LeftRecursiveChains;

    private WorkerPool Pool => fixture.Pool;

    [Theory]
    [MemberData(nameof(Chains))]
    public async Task A_chain_under_the_size_cap_is_refused_in_the_worker(string prefix, string link, string suffix)
    {
        ScriptResult result = await Pool.RunAsync(HostileInput.Chain(prefix, link, suffix));

        Assert.Equal(ScriptStatus.Rejected, result.Status);
        Assert.Equal("COCR0002", Assert.Single(result.Diagnostics).Id);
    }

    public static TheoryData<string> SlowCompiles => HostileInput.SlowCompileKinds;

    [Theory]
    [MemberData(nameof(SlowCompiles))]
    public async Task An_exponential_compile_ends_in_timeout_with_the_run_deadline_in_the_worker(string kind)
    {
        // Minutes of compiler, ended with the worker, which is replaced.
        ScriptResult result = await Pool.RunAsync(HostileInput.SlowCompile(kind), Limits(timeoutMs: 1_000));

        Assert.Equal(ScriptStatus.Timeout, result.Status);
        await AssertNextRunSucceeds(Pool);
    }
}
