using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// The worker's answers do not depend on the machine's speed: with every core busy (spinning threads in this
/// process, one per core), each run still ends with its one status, because the statuses come from budgets
/// (steps, depth) and the deadlines are far above any compile on a loaded machine.
/// </summary>
[Collection(ProbePoolCollection.Name)]
public sealed class BusyMachineTests(ProbePoolFixture fixture)
{
    private WorkerPool Pool => fixture.Pool;

    [Fact]
    public async Task Statuses_hold_while_every_core_is_busy()
    {
        using var stop = new CancellationTokenSource();
        Thread[] spinners = [.. Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new Thread(() =>
        {
            long spins = 0;
            while (!stop.IsCancellationRequested)
            {
                spins++;
            }
        }) { IsBackground = true, Priority = ThreadPriority.Normal })];
        Array.ForEach(spinners, t => t.Start());
        try
        {
            var slow = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(60), AbandonGrace = TimeSpan.FromSeconds(30), MaxSteps = 1_000_000 } };
            (string Code, ScriptStatus Expected, string? Value)[] runs =
            [
                ("return Enumerable.Range(1, 100).Sum();", ScriptStatus.Succeeded, "5050"),
                ("return System.IO.File.ReadAllText(\"/etc/passwd\");", ScriptStatus.Rejected, null),
                ("long i = 0; while (true) { i++; }", ScriptStatus.Timeout, null),
                ("int F(int n) => F(n + 1) + 1; return F(0);", ScriptStatus.RecursionLimit, null),
                ("return string.Join(\",\", new[] { 3, 1, 2 }.OrderBy(x => x));", ScriptStatus.Succeeded, "\"1,2,3\""),
            ];
            foreach ((string code, ScriptStatus expected, string? value) in runs)
            {
                ScriptResult result = await Pool.RunAsync(code, slow).WaitAsync(TimeSpan.FromMinutes(3));
                Assert.True(expected == result.Status, $"{code}: {result.ToJson()}");
                Assert.Equal(value, result.Value?.GetRawText());
            }
        }
        finally
        {
            stop.Cancel();
            Assert.All(spinners, t => Assert.True(t.Join(TimeSpan.FromSeconds(30))));
        }

        await AssertNextRunSucceeds(Pool);
    }
}
