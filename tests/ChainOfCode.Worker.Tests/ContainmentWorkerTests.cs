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
        // Documented as what remains in process (docs/runtime.md): a boxed KeyValuePair's ToString puts a buffer on the
        // stack at every level, more than the run thread's stack holds for a chain of four million within the budget;
        // in the worker the stack it commits passes the worker's memory cgroup first (without one, the overflow ends the
        // worker): either way one process dies.
        int[] before = WorkerProcesses(Pool);
        ScriptResult result = await Pool.RunAsync(
            "object o = null; for (var i = 0; i < 4_000_000; i++) { o = new KeyValuePair<object, int>(o, i); } return o.ToString();",
            WorkerTestSupport.Limits(timeoutMs: 60_000));

        ScriptStatus expected = result.Isolation.Contains("memory-cgroup", StringComparison.Ordinal) ? ScriptStatus.MemoryLimit : ScriptStatus.Crashed;
        Assert.True(result.Status == expected, result.ToJson());
        Assert.All(before, AssertWorkerDies);
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
