using System.Text.Json;

namespace ChainOfCode.Cli.Tests.Mcp;

/// <summary>
/// <c>coc mcp</c>'s own life: a budget of runs set on its command line, a client that disconnects, and a server
/// killed in the middle of a run. Each test has its own server; the processes are looked at in /proc.
/// </summary>
public sealed class McpServerLifetimeTests
{
    private static readonly TimeSpan Wait = McpServerProcess.Wait;

    [Fact]
    public async Task RunsPastMaxRunsAreRefused()
    {
        await using McpServerProcess server = await McpServerProcess.StartAsync("--max-runs", "1");

        await server.CallAsync("run_csharp", new() { ["code"] = "return 1;" });
        (JsonElement second, bool isError) = await server.CallAsync("run_csharp", new() { ["code"] = "return 2;" });

        Assert.Equal(("run_budget_exhausted", true), (second.GetProperty("status").GetString(), isError));
    }

    [Fact]
    public async Task TheProblemsOfItsPolicyFileGoToStandardErrorAtTheirLines()
    {
        // Before, the server started silently and only the model saw them, in every result ("Policy line 1: ...").
        using var temp = new TempDirectory();
        string policy = temp.Write("ChainOfCode.policy", "M:System.Math.Min # why\nT:System.Nope\n");
        await using McpServerProcess server = await McpServerProcess.StartAsync("--policy", policy, "--isolation", "inprocess");

        Assert.Equal(0, await server.Stop());

        string[] lines = server.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [
                $"coc mcp: {policy}(1,1): warning COC0090: Unexpected text after the ID 'M:System.Math.Min': put a message after ';' or a comment after '//'.",
                $"coc mcp: {policy}(2,1): warning COC0091: 'T:System.Nope' names no type in this compilation.",
            ],
            lines);
    }

    [Fact]
    public async Task ADisconnectEndsTheServerAndItsWorkers()
    {
        await using McpServerProcess server = await McpServerProcess.StartAsync();
        await server.CallAsync("run_csharp", new() { ["code"] = "return 1;" });
        IReadOnlyList<ProcessIdentity> below = ProcessTree.Descendants(server.Pid);

        int exitCode = await server.Stop();

        Assert.Equal((0, true), (exitCode, ProcessTree.WaitUntilGone(below, Wait)));
    }

    [Fact]
    public async Task KillingTheServerMidRunLeavesNoWorkerBehind()
    {
        // The deadline is part of what this test proves: a worker whose server was killed ends at the end of its
        // current run (deadline plus grace, here at most 80 s), within the wait. It is long enough for a loaded
        // machine's compile and the third of a second of CPU below (round 14's 3 s could end the run before that).
        McpServerProcess server = await McpServerProcess.StartAsync("--timeout", "40s");
        await using (server)
        {
            // A first run returns once the worker is warm; from then on it sits idle until the next run.
            await server.CallAsync("run_csharp", new() { ["code"] = "return 1;" });
            ProcessIdentity worker = ProcessTree.FindWorker(server.Pid, Wait);
            long idle = ProcessTree.CpuTicks(worker) ?? throw new InvalidOperationException("The worker ended before the run.");
            // Each turn scans 100,000 characters, so the loop runs into the 40 s deadline, not the step budget
            // (an empty loop spends its 50,000,000 steps in a few tens of milliseconds).
            Task<(JsonElement, bool)> endless = server.CallAsync("run_csharp", new() { ["code"] = "var text = new string('a', 100000); long n = 0; while (true) { n += text.IndexOf('b'); }" });

            // Mid-run: the worker has burned a third of a second of CPU (clock ticks of 10 ms) on the loop.
            Assert.True(WaitForCpu(worker, idle + 33), "The worker never started the run.");
            IReadOnlyList<ProcessIdentity> below = ProcessTree.Descendants(server.Pid);
            server.Kill();

            Assert.True(ProcessTree.WaitUntilGone(below, Wait), "A process of the killed server outlived it: " + string.Join(", ", below.Where(ProcessTree.IsAlive).Select(ProcessTree.Describe)));
            await Assert.ThrowsAnyAsync<Exception>(() => endless);
        }
    }

    private static bool WaitForCpu(ProcessIdentity worker, long ticks)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (ProcessTree.CpuTicks(worker) is { } used && used < ticks)
        {
            if (clock.Elapsed > Wait)
            {
                return false;
            }

            Thread.Sleep(20);
        }

        return ProcessTree.CpuTicks(worker) is not null;
    }
}
