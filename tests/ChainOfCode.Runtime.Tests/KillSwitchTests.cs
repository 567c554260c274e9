namespace ChainOfCode.Runtime.Tests;

/// <summary>The kill switch and cancellation: in-flight runs end with <c>killed</c>; new runs are refused until reset.</summary>
public sealed class KillSwitchTests
{
    private static readonly RunOptions Endless = new()
    {
        Limits = RunLimits.Default with { Timeout = TimeSpan.FromMinutes(2), MaxSteps = long.MaxValue },
    };

    [Fact]
    public async Task Emergency_stop_kills_a_running_script_refuses_new_runs_and_logs_a_critical_event()
    {
        await Scripts.RunAsync("1");
        var criticals = new List<SecurityEvent>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new ScriptRunner(new ScriptRunnerOptions
        {
            OnCritical = e => { lock (criticals) { criticals.Add(e); } },
            ExecutionStarting = _ => started.TrySetResult(),
        });

        Task<ScriptResult> running = runner.RunAsync("while (true) { try { while (true) { } } catch { } }", Endless);
        await started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        runner.EmergencyStop("test incident");
        ScriptResult killed = await running.WaitAsync(TimeSpan.FromMinutes(1));

        Scripts.AssertStatus(ScriptStatus.Killed, killed);
        Assert.Contains("emergency stop", killed.Error);
        Assert.True(runner.IsStopped);

        ScriptResult refused = await runner.RunAsync("1");
        Scripts.AssertStatus(ScriptStatus.Killed, refused);
        Assert.Contains("emergency stop is engaged", refused.Error);

        SecurityEvent critical = Assert.Single(criticals);
        Assert.Equal(SecurityEventIds.EmergencyStop.Id, critical.EventId);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Critical, critical.Level);

        runner.Reset();
        Assert.False(runner.IsStopped);
        Assert.Equal(2, Scripts.Value(await runner.RunAsync("1 + 1")).GetInt32());
    }

    /// <summary>Loops on credit read no flag on their turns: the kill reaches them at their refill or their reserve.</summary>
    [Theory]
    [InlineData("var a = new int[8]; var k = 0; while (true) { for (var i = 0; i < 8; i++) { a[i] += k; } k++; }")] // a bounded nest
    [InlineData("long n = 0; while (true) { for (long i = 0; i < 1_000_000_000_000L; i++) { n += i; } }")] // a counted loop's chunks
    public async Task Emergency_stop_kills_a_loop_on_credit_before_its_deadline(string code)
    {
        await Scripts.RunAsync("1");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new ScriptRunner(new ScriptRunnerOptions { ExecutionStarting = _ => started.TrySetResult() });

        Task<ScriptResult> running = runner.RunAsync(code, Endless);
        await started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        runner.EmergencyStop("test incident");
        ScriptResult result = await running.WaitAsync(TimeSpan.FromMinutes(1));

        Scripts.AssertStatus(ScriptStatus.Killed, result);
    }

    [Fact]
    public async Task Emergency_stop_ends_runs_that_are_still_in_the_gate()
    {
        var runner = new ScriptRunner();
        Task<ScriptResult>[] runs = Enumerable.Range(0, 5).Select(i => runner.RunAsync($"var i = {i}; while (true) {{ }}", Endless)).ToArray();
        runner.EmergencyStop();

        foreach (ScriptResult result in await Task.WhenAll(runs).WaitAsync(TimeSpan.FromMinutes(1)))
        {
            Scripts.AssertStatus(ScriptStatus.Killed, result);
        }

        Assert.Equal(0, runner.ActiveRuns);
    }

    [Fact]
    public async Task Emergency_stop_on_one_runner_leaves_others_running()
    {
        var stopped = new ScriptRunner();
        stopped.EmergencyStop();

        Scripts.AssertStatus(ScriptStatus.Killed, await stopped.RunAsync("1"));
        Scripts.AssertStatus(ScriptStatus.Succeeded, await Scripts.RunAsync("1"));
    }

    [Fact]
    public async Task Cancelling_the_token_kills_the_run()
    {
        await Scripts.RunAsync("1");
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new ScriptRunner(new ScriptRunnerOptions { ExecutionStarting = _ => started.TrySetResult() });

        Task<ScriptResult> running = runner.RunAsync("var n = 0; while (true) { n++; }", Endless, cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        cancellation.Cancel();
        ScriptResult result = await running.WaitAsync(TimeSpan.FromMinutes(1));

        Scripts.AssertStatus(ScriptStatus.Killed, result);
        Assert.Contains("cancelled", result.Error);
    }
}
