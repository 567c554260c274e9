using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using ChainOfCode.Tests.Shared;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// The in-process containment classes, run in a worker: each hostile script ends with the same status as in
/// process, stopped by a guard (not by the host's deadline kill), and a run that left work on the thread pool
/// gets its worker replaced at once.
/// </summary>
[Collection(ProbePoolCollection.Name)]
public sealed class ContainmentWorkerTests(ProbePoolFixture fixture)
{
    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (ContainmentCase item in ContainmentCases.All.Where(c => ContainmentCases.InWorker.Contains(c.Name)))
            {
                data.Add(item.Name);
            }

            return data;
        }
    }

    private WorkerPool Pool => fixture.Pool;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_script_ends_in_the_worker_with_its_status(string name)
    {
        ContainmentCase item = ContainmentCases.Named(name);
        ScriptResult result = await Pool.RunAsync(item.Code, item.Options);

        Assert.True(item.Expected == result.Status, $"{name}: expected {item.Expected} but got {result.Status}: {result.Error}");
        Assert.DoesNotContain("killed", result.Error ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("abandoned", result.Error ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Library_recursion_the_guards_cannot_see_kills_only_the_worker()
    {
        // Documented as what remains (docs/runtime.md): library code recursing over data the script built (the
        // compiler-written GetHashCode of an anonymous type, ten million levels, within the allocation budget) runs on
        // the run thread's large stack, whose touched pages the budget does not count. In the worker they pass its
        // memory cgroup and the kernel ends that one process (memory_limit); without a cgroup the stack holds them.
        int[] before = WorkerProcesses(Pool);
        ScriptResult result = await Pool.RunAsync(
            "object o = null; for (var i = 0; i < 10_000_000; i++) { o = new { N = o }; } return o.GetHashCode() * 0;",
            WorkerTestSupport.Limits(timeoutMs: 60_000));

        if (result.Isolation.Contains("memory-cgroup", StringComparison.Ordinal))
        {
            Assert.True(result.Status == ScriptStatus.MemoryLimit, result.ToJson());
            Assert.All(before, AssertWorkerDies);
        }
        else
        {
            Assert.True(result.Status == ScriptStatus.Succeeded, result.ToJson());
        }

        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task A_run_that_left_script_code_running_on_the_thread_pool_gets_its_worker_replaced()
    {
        await AssertNextRunSucceeds(Pool);
        int[] before = WorkerProcesses(Pool);
        // The script spins until the pool starts its lambda: neither the step budget (a plain loop turns 50 million times in
        // a fraction of a second) nor the clock of a loaded machine may end that wait.
        var options = new RunOptions
        {
            Gate = GateOptions.FromPolicyText("mode: denylist\ncapability: COC0007 off\n"),
            Limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(60), MaxSteps = long.MaxValue },
        };
        ScriptResult result = await Pool.RunAsync(
            "var started = false; System.Threading.Tasks.Task.Run(() => { started = true; long i = 0; while (true) { i++; } }); while (!started) { } return 1;",
            options);

        Assert.True(result.Status == ScriptStatus.Succeeded, result.ToJson());
        Assert.All(before, AssertWorkerDies);
        await AssertNextRunSucceeds(Pool);
    }
}
