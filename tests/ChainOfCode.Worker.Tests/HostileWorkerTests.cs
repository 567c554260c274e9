using System.Diagnostics;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using Microsoft.Extensions.Logging;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// Hostile runs against real worker processes. After each: the host is alive (this test process),
/// the run has the right status, the worker was replaced when it had to be, and the next run succeeds.
/// </summary>
[Collection(ProbePoolCollection.Name)]
public sealed class HostileWorkerTests(ProbePoolFixture fixture)
{
    private WorkerPool Pool => fixture.Pool;

    [Fact]
    public async Task Runaway_recursion_in_a_script_ends_in_recursion_limit()
    {
        ScriptResult result = await Pool.RunAsync("int F(int n) => F(n + 1) + 1; return F(0);");
        Assert.True(result.Status == ScriptStatus.RecursionLimit, result.ToJson());
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task A_real_stack_overflow_kills_only_the_worker()
    {
        int[] before = WorkerProcesses(Pool);
        ScriptResult result = await Pool.ProbeAsync(WorkerProbe.StackOverflow);
        Assert.Equal(ScriptStatus.Crashed, result.Status);
        Assert.Contains("stack overflow", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.All(before, AssertWorkerDies);
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task FailFast_and_Exit_are_refused_by_the_gate_and_a_real_fail_fast_kills_only_the_worker()
    {
        Assert.Equal(ScriptStatus.Rejected, (await Pool.RunAsync("Environment.FailFast(\"bye\"); return 1;")).Status);
        Assert.Equal(ScriptStatus.Rejected, (await Pool.RunAsync("Environment.Exit(3); return 1;")).Status);

        int[] before = WorkerProcesses(Pool);
        ScriptResult result = await Pool.ProbeAsync(WorkerProbe.FailFast);
        Assert.Equal(ScriptStatus.Crashed, result.Status);
        Assert.False(string.IsNullOrEmpty(result.Error));
        Assert.All(before, AssertWorkerDies);
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task Heap_exhaustion_past_the_hard_limit_ends_in_memory_limit()
    {
        // Only the heap hard limit can stop this one: nothing is ever released.
        ScriptResult raw = await Pool.ProbeAsync(WorkerProbe.ExhaustHeap, timeoutMs: 60_000);
        Assert.Equal(ScriptStatus.MemoryLimit, raw.Status);
        await AssertNextRunSucceeds(Pool);

        // A script with an allocation budget far above the heap limit: the heap limit answers first.
        ScriptResult script = await Pool.RunAsync(
            "var keep = new List<int[]>(); while (true) { keep.Add(new int[1_000_000]); }",
            Limits(timeoutMs: 30_000, maxAllocated: 64L * 1024 * 1024 * 1024));
        Assert.Equal(ScriptStatus.MemoryLimit, script.Status);
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task A_cpu_spin_past_the_deadline_ends_in_timeout()
    {
        ScriptResult result = await Pool.RunAsync("long i = 0; while (true) { i++; }", Limits(timeoutMs: 500));
        Assert.Equal(ScriptStatus.Timeout, result.Status);
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task A_worker_that_never_answers_is_killed_by_process_id_at_the_host_deadline()
    {
        int[] before = WorkerProcesses(Pool);
        ScriptResult result = await Pool.ProbeAsync(WorkerProbe.Hang, timeoutMs: 300);
        Assert.Equal(ScriptStatus.Timeout, result.Status);
        Assert.Contains("deadline", result.Error, StringComparison.Ordinal);
        Assert.All(before, AssertWorkerDies);
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task A_thread_that_would_outlive_the_script_is_refused_by_the_gate()
    {
        // The gate lets no thread, task or timer through; an escaped thread in a worker would die with the
        // worker at its recycle or at its CPU-time limit (RLIMIT_CPU).
        Assert.Equal(ScriptStatus.Rejected, (await Pool.RunAsync("new System.Threading.Thread(() => { while (true) { } }).Start(); return 1;")).Status);
        Assert.Equal(ScriptStatus.Rejected, (await Pool.RunAsync("System.Threading.Tasks.Task.Run(() => { while (true) { } }); return 1;")).Status);
        Assert.Equal(ScriptStatus.Rejected, (await Pool.RunAsync("System.Threading.ThreadPool.QueueUserWorkItem(_ => { while (true) { } }); return 1;")).Status);
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task A_script_writing_frame_like_bytes_only_writes_its_own_output()
    {
        int before = await ServingWorkerAsync(Pool);
        const string Script = """
            Console.Write("\0\0\0\u0030{\"kind\":\"result\",\"nonce\":\"00\",\"id\":1,\"result\":{\"status\":\"succeeded\"}}");
            return 5;
            """;
        ScriptResult result = await Pool.RunAsync(Script);
        Assert.True(result.Status == ScriptStatus.Succeeded, result.ToJson());
        Assert.Equal("5", result.Value?.GetRawText());
        Assert.Contains("\"kind\":\"result\"", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, Pool.WorkerProcessIds.Single());
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task Raw_writes_to_the_standard_output_never_reach_the_protocol_channel()
    {
        int before = await ServingWorkerAsync(Pool);
        ScriptResult result = await Pool.ProbeAsync(WorkerProbe.WriteRawStdout);
        Assert.Equal(ScriptStatus.Succeeded, result.Status);
        Assert.Equal("wrote-raw-stdout", result.Output);
        Assert.Equal(before, Pool.WorkerProcessIds.Single());
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task A_forged_frame_on_the_protocol_channel_is_detected_and_the_worker_killed()
    {
        int[] before = WorkerProcesses(Pool);
        ScriptResult result = await Pool.ProbeAsync(WorkerProbe.ForgeFrame);
        Assert.Equal(ScriptStatus.Crashed, result.Status);
        Assert.Contains("protocol", result.Error, StringComparison.Ordinal);
        Assert.All(before, AssertWorkerDies);
        Assert.Contains(fixture.Logger.Entries, e => e.EventId == WorkerPoolEvents.ProtocolViolation && e.Level == LogLevel.Critical);
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task A_cancel_frame_from_a_worker_is_a_protocol_violation()
    {
        // Only the host sends cancels: one from a worker, with its true nonce and its run's number, is out of turn.
        int[] before = WorkerProcesses(Pool);
        ScriptResult result = await Pool.ProbeAsync(WorkerProbe.SendCancel);
        Assert.True(result.Status == ScriptStatus.Crashed, result.ToJson());
        Assert.Contains("protocol", result.Error, StringComparison.Ordinal);
        Assert.All(before, AssertWorkerDies);
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task A_worker_killed_from_outside_mid_run_ends_the_run_crashed()
    {
        var sent = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<int> onSent = pid => sent.TrySetResult(pid);
        Pool.RequestSent += onSent;
        Task<ScriptResult> run = Pool.ProbeAsync(WorkerProbe.Hang, timeoutMs: 30_000);
        int pid = await sent.Task.WaitAsync(TimeSpan.FromMinutes(1));
        Pool.RequestSent -= onSent;

        // The real worker: the dotnet process, a grandchild in the worker's PID namespace, not the wrapper on top.
        int real = RealWorker(pid);
        using (Process victim = Process.GetProcessById(real))
        {
            victim.Kill();
        }

        ScriptResult result = await run.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(ScriptStatus.Crashed, result.Status);
        AssertWorkerDies(real);
        AssertWorkerDies(pid);
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task A_one_sided_number_range_is_enforced_in_the_worker()
    {
        var options = new RunOptions
        {
            ArgsJson = "{\"n\": -1}",
            InputLimits = InputLimits.Default with { Ranges = new Dictionary<string, NumberRange> { ["n"] = new(0, double.PositiveInfinity) } },
        };
        ScriptResult result = await Pool.RunAsync("return Args[\"n\"].GetInt32();", options);
        Assert.Equal(ScriptStatus.Rejected, result.Status);
    }

    [Fact]
    public async Task Cancelling_a_run_stuck_outside_every_checkpoint_kills_its_worker_after_the_grace()
    {
        // The probe sleeps where no checkpoint can stop it: the worker gets the cancel frame but cannot answer, so
        // the host kills it once the cancel grace is over (a script stuck in a library call ends the same way).
        var sent = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<int> onSent = pid => sent.TrySetResult(pid);
        Pool.RequestSent += onSent;
        using var cancellation = new CancellationTokenSource();
        Task<ScriptResult> run = Pool.ProbeAsync(WorkerProbe.Hang, timeoutMs: 120_000, cancellationToken: cancellation.Token);
        int pid = await sent.Task.WaitAsync(TimeSpan.FromMinutes(1));
        Pool.RequestSent -= onSent;
        int real = RealWorker(pid);
        cancellation.Cancel();

        ScriptResult result = await run.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(result.Status == ScriptStatus.Killed, result.ToJson());
        Assert.Contains("did not stop", result.Error, StringComparison.Ordinal);
        await AssertNextRunSucceeds(Pool);
        AssertWorkerDies(real);
        AssertWorkerDies(pid);
    }
}
