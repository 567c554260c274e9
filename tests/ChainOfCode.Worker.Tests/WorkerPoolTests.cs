using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using Microsoft.Extensions.Logging;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

public sealed class WorkerPoolTests
{
    [Fact]
    public async Task A_run_gets_the_same_statuses_as_in_process_and_reports_the_applied_isolation()
    {
        await using WorkerPool pool = NewPool();
        ScriptResult ok = await pool.RunAsync("Console.Write(\"hi \" + ReadLine()); return Input.Length;", new RunOptions { Input = "abc\n" });
        Assert.Equal(ScriptStatus.Succeeded, ok.Status);
        Assert.Equal("4", ok.Value?.GetRawText());
        Assert.Equal("hi abc", ok.Output);
        Assert.Equal(pool.Isolation.Label, ok.Isolation);
        Assert.Contains("\"isolation\":\"worker(", ok.ToJson(), StringComparison.Ordinal);

        ScriptResult rejected = await pool.RunAsync("return System.IO.File.ReadAllText(\"/etc/hostname\");");
        Assert.Equal(ScriptStatus.Rejected, rejected.Status);
        Assert.Contains(rejected.Diagnostics, d => d.IsError);

        ScriptResult broken = await pool.RunAsync("return undefinedName;");
        Assert.Equal(ScriptStatus.CompileError, broken.Status);

        ScriptResult thrown = await pool.RunAsync("throw new InvalidOperationException(\"boom at /home/user/secret.txt\");");
        Assert.Equal(ScriptStatus.RuntimeError, thrown.Status);
        Assert.DoesNotContain("/home/user", thrown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_queue_is_rejected_at_once_and_the_emergency_stop_ends_everything()
    {
        var logger = new RecordingLogger();
        var sink = new StringWriter();
        var critical = new List<SecurityEvent>();
        await using WorkerPool pool = NewPool(probes: true, logger: logger, configure: o => o with
        {
            QueueCapacity = 2,
            EventSink = new JsonLinesSecurityEventSink(TextWriter.Synchronized(sink)),
            OnCritical = e => { lock (critical) { critical.Add(e); } },
        });
        await pool.StartAsync();
        int[] pids = WorkerProcesses(pool);

        var sent = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        pool.RequestSent += pid => sent.TrySetResult(pid);
        Task<ScriptResult> inFlight = pool.ProbeAsync(WorkerProbe.Hang, timeoutMs: 120_000);
        await sent.Task.WaitAsync(TimeSpan.FromMinutes(1));
        Task<ScriptResult>[] queued = [pool.RunAsync("return 1;"), pool.RunAsync("return 2;")];

        ScriptResult full = await pool.RunAsync("return 3;");
        Assert.Equal(ScriptStatus.QueueFull, full.Status);
        Assert.Contains("queue is full", full.Error, StringComparison.Ordinal);

        pool.EmergencyStop("test: kill switch");
        Assert.Equal(ScriptStatus.Killed, (await inFlight.WaitAsync(TimeSpan.FromMinutes(1))).Status);
        Assert.All(await Task.WhenAll(queued).WaitAsync(TimeSpan.FromMinutes(1)), r => Assert.Equal(ScriptStatus.Killed, r.Status));
        Assert.All(pids, AssertWorkerDies);
        Assert.Empty(WorkerChildren());
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Critical && e.EventId == WorkerPoolEvents.EmergencyStop);
        lock (critical)
        {
            Assert.Contains(critical, e => e.EventId == WorkerPoolEvents.EmergencyStop.Id && e.Message.Contains("test: kill switch", StringComparison.Ordinal));
        }

        Assert.Contains("WorkerPoolEmergencyStop", sink.ToString(), StringComparison.Ordinal);
        Assert.Contains("RunKilled", sink.ToString(), StringComparison.Ordinal);

        ScriptResult refused = await pool.RunAsync("return 4;");
        Assert.Equal(ScriptStatus.Killed, refused.Status);
        Assert.Contains("emergency stop", refused.Error, StringComparison.Ordinal);
        Assert.True(pool.IsStopped);

        pool.Reset();
        Assert.False(pool.IsStopped);
        await AssertNextRunSucceeds(pool);
    }

    [Fact]
    public async Task Repeated_violations_suspend_the_caller_for_a_while()
    {
        var clock = new ManualTimeProvider();
        var logger = new RecordingLogger();
        await using WorkerPool pool = NewPool(logger: logger, configure: o => o with
        {
            ViolationThreshold = 3,
            ViolationWindow = TimeSpan.FromMinutes(1),
            SuspensionDuration = TimeSpan.FromMinutes(5),
            TimeProvider = clock,
        });

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(ScriptStatus.Rejected, (await pool.RunAsync("return System.IO.File.Exists(\"/etc/passwd\");", callerId: "mallory")).Status);
        }

        ScriptResult suspended = await pool.RunAsync("return 1;", callerId: "mallory");
        Assert.Equal(ScriptStatus.CallerSuspended, suspended.Status);
        Assert.Contains("suspended", suspended.Error, StringComparison.Ordinal);
        Assert.Contains(logger.Entries, e => e.EventId == WorkerPoolEvents.CallerSuspended && e.Message.Contains("mallory", StringComparison.Ordinal));
        Assert.Equal(ScriptStatus.Succeeded, (await pool.RunAsync("return 1;", callerId: "alice")).Status);

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(ScriptStatus.Succeeded, (await pool.RunAsync("return 1;", callerId: "mallory")).Status);
    }

    [Fact]
    public void A_runs_security_event_names_its_caller_however_long_the_error()
    {
        // Regression: the caller came after the error, and the sanitizer's length cap cut it off every long refusal.
        var logger = new RecordingLogger();
        var reporter = new WorkerPoolReporter(new WorkerPoolOptions(), logger);
        var refused = new ScriptResult { Status = ScriptStatus.Rejected, Error = "The gate refused the script: " + new string('x', 2 * MessageSanitizer.MaxLength) };
        var forwarded = new SecurityEvent(DateTimeOffset.UtcNow, 1, "Forwarded", LogLevel.Critical, 0, ScriptStatus.Rejected, [], new string('y', 2 * MessageSanitizer.MaxLength));

        reporter.ReportRun(new WorkerOutcome(refused, Recycle: false) { Events = [forwarded] }, "mallory", TimeSpan.Zero);

        Assert.Equal(2, logger.Entries.Count);
        Assert.All(logger.Entries, e => Assert.Contains("Caller: mallory.", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Violations_outside_the_window_do_not_add_up()
    {
        var clock = new ManualTimeProvider();
        await using WorkerPool pool = NewPool(configure: o => o with { ViolationThreshold = 2, ViolationWindow = TimeSpan.FromMinutes(1), TimeProvider = clock });
        Assert.Equal(ScriptStatus.CompileError, (await pool.RunAsync("return nope;", callerId: "bob")).Status);
        Assert.Equal(ScriptStatus.Rejected, (await pool.RunAsync("return System.IO.File.Exists(\"/x\");", callerId: "bob")).Status);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(ScriptStatus.Rejected, (await pool.RunAsync("return System.IO.File.Exists(\"/x\");", callerId: "bob")).Status);
        Assert.Equal(ScriptStatus.Succeeded, (await pool.RunAsync("return 1;", callerId: "bob")).Status);
    }

    [Fact]
    public async Task A_worker_is_replaced_after_its_run_budget_and_after_a_limit_hit()
    {
        await using WorkerPool pool = NewPool(configure: o => o with { MaxRunsPerWorker = 2 });
        var served = new System.Collections.Concurrent.ConcurrentQueue<int>();
        pool.RequestSent += served.Enqueue;
        await AssertNextRunSucceeds(pool);
        await AssertNextRunSucceeds(pool);
        await AssertNextRunSucceeds(pool);
        int[] pids = [.. served];
        Assert.Equal(pids[0], pids[1]);
        Assert.NotEqual(pids[0], pids[2]);
        AssertWorkerDies(pids[0]);

        Assert.Equal(ScriptStatus.Timeout, (await pool.RunAsync("while (true) { }", Limits(timeoutMs: 200))).Status);
        int spun = served.Last();
        Assert.Equal(pids[2], spun);
        AssertWorkerDies(spun);
        await AssertNextRunSucceeds(pool);
        Assert.NotEqual(spun, served.Last());
    }

    [Fact]
    public async Task A_spare_is_warm_before_a_worker_retires_and_serves_the_run_after_it()
    {
        await using WorkerPool pool = NewPool(configure: o => o with { MaxRunsPerWorker = 2 });
        var served = new System.Collections.Concurrent.ConcurrentQueue<int>();
        pool.RequestSent += served.Enqueue;
        var spareReady = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        pool.SpareReady += pid => spareReady.TrySetResult(pid);

        await AssertNextRunSucceeds(pool);
        int spare = await spareReady.Task.WaitAsync(TimeSpan.FromMinutes(2));
        int first = served.Single();
        Assert.Equal(new[] { first, spare }.Order(), pool.WorkerProcessIds.Order());
        await AssertNextRunSucceeds(pool);
        await AssertNextRunSucceeds(pool);

        Assert.Equal([first, first, spare], served.ToArray());
        AssertWorkerDies(first);
    }

    [Fact]
    public async Task Without_a_warm_spare_the_replacement_starts_at_the_retirement()
    {
        await using WorkerPool pool = NewPool(configure: o => o with { MaxRunsPerWorker = 2, WarmSpare = false });
        int spares = 0;
        pool.SpareReady += _ => Interlocked.Increment(ref spares);

        // With spares on, the third run waits for (at least) the spare's warm-up: it would have been raised by now.
        await AssertNextRunSucceeds(pool);
        await AssertNextRunSucceeds(pool);
        await AssertNextRunSucceeds(pool);

        Assert.Equal(0, Volatile.Read(ref spares));
    }

    [Fact]
    public async Task A_worker_past_its_resident_memory_bound_is_replaced_before_its_next_run()
    {
        // Every worker holds far more than 1 MiB: each one retires after its first run, whatever its run budget.
        await using WorkerPool pool = NewPool(configure: o => o with { MaxResidentBytesPerWorker = 1024 * 1024, WarmSpare = false });
        var served = new System.Collections.Concurrent.ConcurrentQueue<int>();
        pool.RequestSent += served.Enqueue;
        await AssertNextRunSucceeds(pool);
        await AssertNextRunSucceeds(pool);

        int[] pids = [.. served];
        Assert.NotEqual(pids[0], pids[1]);
        AssertWorkerDies(pids[0]);
    }

    [Fact]
    public async Task With_the_default_recycling_a_warm_worker_serves_run_after_run()
    {
        // The defaults (1,000 runs, half the memory cgroup limit) keep a warm worker: its memory is far under the bound.
        await using WorkerPool pool = NewPool();
        var served = new System.Collections.Concurrent.ConcurrentQueue<int>();
        pool.RequestSent += served.Enqueue;
        for (int i = 0; i < 3; i++)
        {
            await AssertNextRunSucceeds(pool);
        }

        Assert.Single(served.Distinct());
    }

    [Fact]
    public void A_resident_memory_bound_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerPool(new WorkerPoolOptions { MaxResidentBytesPerWorker = 0 }));

    [Fact]
    public async Task A_cancelled_run_is_stopped_and_answered_by_the_runner_in_its_worker()
    {
        // The runner's own answer to a cancelled run, wherever the cancel finds it (compile or loop), not the host's kill.
        await using WorkerPool pool = NewPool(workers: 1, configure: o => o with { CancelGrace = TimeSpan.FromMinutes(1) });
        await pool.StartAsync();
        int worker = RealWorker(pool.WorkerProcessIds.Single());
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pool.RequestSent += _ => sent.TrySetResult();
        using var cancellation = new CancellationTokenSource();
        var endless = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMinutes(2), MaxSteps = long.MaxValue } };

        Task<ScriptResult> run = pool.RunAsync("long n = 0; while (true) { n++; }", endless, cancellationToken: cancellation.Token);
        await sent.Task.WaitAsync(TimeSpan.FromMinutes(1));
        cancellation.Cancel();
        ScriptResult result = await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True((result.Status, result.Error) == (ScriptStatus.Killed, "The run was cancelled."), result.ToJson());
        AssertWorkerDies(worker);
    }

    [Fact]
    public void A_cancel_grace_must_not_be_negative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerPool(new WorkerPoolOptions { CancelGrace = TimeSpan.FromMilliseconds(-5) }));

    [Fact]
    public async Task Disposing_the_pool_leaves_no_worker_process_behind()
    {
        int[] pids;
        WorkerPool pool = NewPool(workers: 2);
        await using (pool)
        {
            await pool.StartAsync();
            Assert.Equal(2, pool.WorkerProcessIds.Count);
            pids = WorkerProcesses(pool);
            Assert.All(pids, pid => Assert.True(IsWorkerAlive(pid)));
            await AssertNextRunSucceeds(pool);
        }

        Assert.All(pids, AssertWorkerDies);
        Assert.Empty(WorkerChildren());
        Assert.Equal(ScriptStatus.Killed, (await pool.RunAsync("return 1;")).Status);
    }

    [Fact]
    public void The_applied_isolation_names_every_layer_this_machine_grants()
    {
        using WorkerPool pool = NewPool();
        Assert.Equal("worker(netns,pidns,fs-view,rlimits,unprivileged,cpu-quota,memory-cgroup,pids-limit,heap-limit,clean-env)", pool.Isolation.Label);
        Assert.Equal(384L * 1024 * 1024, pool.Isolation.HeapLimitBytes);

        using WorkerPool bare = NewPool(configure: o => o with { UseNetworkNamespace = false, UsePidNamespace = false, UseFileSystemView = false, UseResourceLimits = false, UnprivilegedUserId = null, UseCgroups = false });
        Assert.Equal("worker(heap-limit,clean-env)", bare.Isolation.Label);
    }

    [Fact]
    public async Task A_worker_that_cannot_start_answers_crashed_without_a_path_and_the_host_goes_on()
    {
        var logger = new RecordingLogger();
        await using WorkerPool pool = NewPool(logger: logger, configure: o => o with { WorkerPath = "/nonexistent/secret-dir/ChainOfCode.Worker.dll" });
        await pool.StartAsync();
        ScriptResult result = await pool.RunAsync("return 1;");
        Assert.Equal(ScriptStatus.Crashed, result.Status);
        Assert.Contains("failed to start", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-dir", result.Error, StringComparison.Ordinal);
        Assert.Contains(logger.Entries, e => e.EventId == WorkerPoolEvents.WorkerStartFailed);
        Assert.Empty(pool.WorkerProcessIds);
        Assert.Empty(WorkerChildren());
    }
}
