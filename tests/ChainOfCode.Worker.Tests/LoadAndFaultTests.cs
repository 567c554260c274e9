using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.Loader;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using Xunit.Abstractions;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// Load and faults through the worker pool. Submissions (300 in CI; <c>COC_LOAD_SUBMISSIONS=1000</c> runs the full
/// thousand), one in five hostile (refused, endless loops, allocation floods, output floods, runaway recursion,
/// scripts that crash their worker), drawn from a few dozen distinct scripts so each warm worker's compiled-script
/// cache hits; halfway, a worker is killed from outside mid-run. Each submission must be answered exactly once with
/// its one expected status, and afterwards no worker process, no worker cgroup and no extra managed memory may be
/// left. Then the emergency stop amid the same mix and under a full queue. The budgets (steps, allocation, output,
/// depth) end the hostile runs, never a clock: the deadlines are far above any run on a loaded machine.
/// </summary>
public sealed class LoadAndFaultTests(ITestOutputHelper output)
{
    /// <summary>The environment variable that sets the number of submissions (at least 200).</summary>
    public const string SubmissionsVariable = "COC_LOAD_SUBMISSIONS";

    private const int DefaultSubmissions = 300;
    private const int Workers = 2;

    private static readonly RunLimits Generous = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(60), AbandonGrace = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Every_submission_is_answered_once_with_its_status_a_worker_killed_mid_run_included_and_nothing_is_left()
    {
        int count = Submissions();
        var logger = new RecordingLogger();
        var served = new ConcurrentDictionary<int, bool>();
        // Disposed below before the checks; the using only keeps a failed assertion from leaving workers to the next test.
        await using WorkerPool pool = NewPool(workers: Workers, logger: logger, configure: o => o with { QueueCapacity = count, MaxRunsPerWorker = 10 * count, ViolationThreshold = 0 });
        pool.RequestSent += pid => served.TryAdd(pid, true);
        await pool.StartAsync().WaitAsync(TimeSpan.FromMinutes(2));

        // Warm the host's side of the benign and refused answers, then take the baseline with the pool running.
        await Task.WhenAll(Enumerable.Range(1, 19).Select(n => Submission.For(n).Run(pool, "warm-"))).WaitAsync(TimeSpan.FromMinutes(5));
        (long baselineHeap, int baselineContexts) = Measure();
        long started = Stopwatch.GetTimestamp();

        // The first half, then one endless run alone (so the pool's notice names its worker), then the second half
        // while that worker is killed from outside: its real dotnet process, the grandchild in the PID namespace.
        Submission[] submissions = [.. Enumerable.Range(0, count).Select(Submission.For)];
        var answers = new Task<ScriptResult>[count];
        for (int n = 0; n < count / 2; n++)
        {
            answers[n] = submissions[n].Run(pool, "load-");
        }

        await Task.WhenAll(answers.Take(count / 2)).WaitAsync(TimeSpan.FromMinutes(10));
        var sent = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<int> onSent = pid => sent.TrySetResult(pid);
        pool.RequestSent += onSent;
        Task<ScriptResult> victim = pool.RunAsync("long i = 0; while (true) { i++; }", Endless, "victim");
        int victimPid = await sent.Task.WaitAsync(TimeSpan.FromMinutes(2));
        pool.RequestSent -= onSent;
        for (int n = count / 2; n < count; n++)
        {
            answers[n] = submissions[n].Run(pool, "load-");
        }

        int victimReal = RealWorker(victimPid);
        using (Process process = Process.GetProcessById(victimReal))
        {
            process.Kill();
        }

        ScriptResult killed = await victim.WaitAsync(TimeSpan.FromMinutes(2));
        ScriptResult[] results = await Task.WhenAll(answers).WaitAsync(TimeSpan.FromMinutes(10));
        TimeSpan elapsed = Stopwatch.GetElapsedTime(started);

        Assert.True(killed.Status == ScriptStatus.Crashed, killed.ToJson());
        AssertWorkerDies(victimReal);
        var wrong = new List<string>();
        for (int n = 0; n < count; n++)
        {
            if (submissions[n].Mismatch(results[n]) is { } mismatch)
            {
                wrong.Add($"#{n} {submissions[n].Kind}: {mismatch}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
        AssertAnsweredOnce(logger, [.. Enumerable.Range(0, count).Select(n => "load-" + n.ToString(CultureInfo.InvariantCulture)), "victim"]);

        long peakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
        long workerPeak = pool.WorkerProcessIds.Select(PeakResidentBytes).DefaultIfEmpty().Max();
        int[] workers = [.. served.Keys];
        await pool.DisposeAsync();
        results = [];
        answers = [];
        AssertNothingLeft(pool, workers);
        (long finalHeap, int finalContexts) = Measure();
        Assert.Equal(baselineContexts, finalContexts);
        Assert.True(finalHeap <= baselineHeap + (32L << 20), $"managed heap {finalHeap >> 20} MiB after the load, {baselineHeap >> 20} MiB before");

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{count} submissions + 1 killed mid-run through {Workers} workers in {elapsed.TotalSeconds:F1} s ({count / elapsed.TotalSeconds:F0} runs/s); {workers.Length} worker processes served; host managed heap {baselineHeap >> 20} MiB before, {finalHeap >> 20} MiB after; host peak working set {peakWorkingSet >> 20} MiB; a live worker's peak resident set {workerPeak >> 20} MiB"));
    }

    [Fact]
    public async Task The_emergency_stop_amid_the_mixed_load_and_under_a_full_queue_answers_every_run_once_and_leaves_nothing()
    {
        const int count = 200;
        var logger = new RecordingLogger();
        var served = new ConcurrentDictionary<int, bool>();
        // Disposed below before the checks; the using only keeps a failed assertion from leaving workers to the next test.
        await using WorkerPool pool = NewPool(workers: Workers, logger: logger, configure: o => o with { QueueCapacity = count, MaxRunsPerWorker = 10 * count, ViolationThreshold = 0 });
        pool.RequestSent += pid => served.TryAdd(pid, true);
        await pool.StartAsync().WaitAsync(TimeSpan.FromMinutes(2));

        // The mixed load, stopped when a quarter is answered: workers are running, starting after a hostile run, and
        // queued. Each run has its own status, or is killed by the stop.
        Submission[] submissions = [.. Enumerable.Range(0, count).Select(Submission.For)];
        int answered = 0;
        var quarter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<ScriptResult>[] answers = [.. submissions.Select(s => Counted(s.Run(pool, "mixed-")))];
        await quarter.Task.WaitAsync(TimeSpan.FromMinutes(5));
        pool.EmergencyStop("mixed load");
        ScriptResult[] results = await Task.WhenAll(answers).WaitAsync(TimeSpan.FromMinutes(2));

        var wrong = new List<string>();
        for (int n = 0; n < count; n++)
        {
            bool stopped = results[n].Status == ScriptStatus.Killed && (results[n].Error ?? string.Empty).Contains("emergency stop", StringComparison.Ordinal);
            if (!stopped && submissions[n].Mismatch(results[n]) is { } mismatch)
            {
                wrong.Add($"#{n} {submissions[n].Kind}: {mismatch}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
        Assert.Contains(results, r => r.Status == ScriptStatus.Killed);

        // After a reset: endless runs, one in each worker and the queue full behind them. The queue holds its capacity
        // and no more: the next runs are refused at once. Then the stop ends every one of them killed.
        pool.Reset();
        var running = new ConcurrentDictionary<int, bool>();
        var busy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pool.RequestSent += pid =>
        {
            running.TryAdd(pid, true);
            if (running.Count == Workers)
            {
                busy.TrySetResult();
            }
        };
        // One endless run per worker first, and only once both run the rest: a slot still starting its worker after the
        // reset would otherwise leave one run more in the queue, and the last submission would find it full.
        Task<ScriptResult> StartEndless(int n) => pool.RunAsync("long i = " + n.ToString(CultureInfo.InvariantCulture) + "; while (true) { i++; }", Endless, "endless-" + n.ToString(CultureInfo.InvariantCulture));
        Task<ScriptResult>[] first = [.. Enumerable.Range(0, Workers).Select(StartEndless)];
        await busy.Task.WaitAsync(TimeSpan.FromMinutes(2));
        Task<ScriptResult>[] endless = [.. first, .. Enumerable.Range(Workers, count).Select(StartEndless)];
        Assert.True(pool.QueuedCount == count, $"queued {pool.QueuedCount}; answered early: {string.Join(", ", endless.Where(t => t.IsCompleted).Select(t => t.Result.ToJson()))}; pool events: {string.Join(" | ", logger.Entries.Where(e => e.EventId.Id > 5000).Select(e => e.Message))}");
        Task<ScriptResult>[] refused = [.. Enumerable.Range(0, 20).Select(n => pool.RunAsync("return 1;", callerId: "late-" + n.ToString(CultureInfo.InvariantCulture)))];
        Assert.All(refused, r => Assert.True(r.IsCompletedSuccessfully));
        Assert.All(refused, r => Assert.Equal(ScriptStatus.QueueFull, r.Result.Status));
        Assert.Equal(count, pool.QueuedCount);

        int[] workers = WorkerProcesses(pool);
        pool.EmergencyStop("full queue");
        Assert.All(workers, AssertWorkerDies);
        ScriptResult[] ended = await Task.WhenAll(endless).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.All(ended, r => Assert.Equal(ScriptStatus.Killed, r.Status));
        Assert.Equal(0, pool.QueuedCount);
        Assert.Equal(ScriptStatus.Killed, (await pool.RunAsync("return 1;", callerId: "after-stop")).Status);

        AssertAnsweredOnce(logger, [.. Enumerable.Range(0, count).Select(n => "mixed-" + n.ToString(CultureInfo.InvariantCulture)), .. Enumerable.Range(0, count + Workers).Select(n => "endless-" + n.ToString(CultureInfo.InvariantCulture))]);
        await pool.DisposeAsync();
        AssertNothingLeft(pool, [.. served.Keys, .. workers]);

        async Task<ScriptResult> Counted(Task<ScriptResult> run)
        {
            ScriptResult result = await run;
            if (Interlocked.Increment(ref answered) == count / 4)
            {
                quarter.TrySetResult();
            }

            return result;
        }
    }

    private static RunOptions Endless => new() { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMinutes(10), AbandonGrace = TimeSpan.FromSeconds(10), MaxSteps = long.MaxValue } };

    private static int Submissions()
    {
        string? text = Environment.GetEnvironmentVariable(SubmissionsVariable);
        int count = string.IsNullOrEmpty(text) ? DefaultSubmissions : int.Parse(text, CultureInfo.InvariantCulture);
        Assert.True(count >= 200, SubmissionsVariable + " must be at least 200");
        return count;
    }

    /// <summary>The host's managed heap after a full collection, and its load contexts.</summary>
    private static (long Heap, int Contexts) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return (GC.GetTotalMemory(forceFullCollection: true), AssemblyLoadContext.All.Count());
    }

    /// <summary>The peak resident set (VmHWM) of a worker's real process, for the figures; 0 for one still starting or gone.</summary>
    private static long PeakResidentBytes(int top)
    {
        try
        {
            string line = File.ReadLines($"/proc/{RealWorker(top)}/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) << 10;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            return 0;
        }
    }

    /// <summary>Each caller's run is reported by the pool exactly once (a lost or a doubled answer shows here).</summary>
    private static void AssertAnsweredOnce(RecordingLogger logger, string[] callers)
    {
        var reported = logger.Entries
            .Where(e => !e.Message.Contains("In a worker:", StringComparison.Ordinal))
            .Select(e => e.Message)
            .Select(m => m.IndexOf("Caller: ", StringComparison.Ordinal) is int at and >= 0 ? m[(at + 8)..m.IndexOf('.', at)] : null)
            .Where(c => c is not null)
            .GroupBy(c => c!)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.All(callers, c => Assert.True(reported.GetValueOrDefault(c) == 1, $"{c} reported {reported.GetValueOrDefault(c)} times"));
    }

    /// <summary>No process the pool started is alive, none runs below this process, and every worker cgroup is gone (a cgroup with a task left cannot be removed).</summary>
    private static void AssertNothingLeft(WorkerPool pool, int[] workers)
    {
        Assert.All(workers, AssertWorkerDies);
        Assert.Empty(WorkerChildren());
        foreach (string controller in pool.Isolation.Label.Contains("pids-limit", StringComparison.Ordinal) ? new[] { "cpu", "memory", "pids" } : [])
        {
            Assert.Empty(CgroupTests.OwnCgroups(controller));
        }
    }

    private enum Kind
    {
        Benign,
        Refused,
        Loops,
        Allocates,
        Floods,
        Recurses,
        KillsItsWorker,
    }

    /// <summary>One submission: a script of a few dozen, its input, and the one status (and value) it must end with.</summary>
    private sealed record Submission(Kind Kind, string Code, RunOptions Options, ScriptStatus Expected, string? Value, string Output = "")
    {
        private static readonly string[] RefusedScripts =
        [
            "return System.IO.File.ReadAllText(\"/etc/passwd\");",
            "System.Diagnostics.Process.Start(\"sh\"); return 0;",
            "return Environment.GetEnvironmentVariable(\"HOME\");",
            "return System.IO.Directory.GetFiles(\"/\").Length;",
            "var c = new System.Net.Sockets.TcpClient(); c.Connect(\"127.0.0.1\", 80); return 1;",
            "return Type.GetType(\"System.IO.File\")!.GetMethods().Length;",
            "Environment.Exit(3); return 1;",
            "return AppDomain.CurrentDomain.GetAssemblies().Length;",
            "var t = new System.Threading.Thread(() => { while (true) { } }); t.Start(); return 1;",
            "return System.Runtime.InteropServices.Marshal.AllocHGlobal(16).ToInt64();",
        ];

        public static Submission For(int n) => Of(n) with { N = n };

        private static Submission Of(int n)
        {
            if (n % 5 != 0)
            {
                return Benign(n);
            }

            // One in five hostile. Of each 50 hostile, one of every limit and one that kills its worker (each costs a fresh worker, whose
            // warm-up is most of this test's time), the rest refused by the gate.
            int h = n / 5;
            return (h % 50) switch
            {
                0 => new(Kind.Loops, "long i = 0; while (true) { i++; }", With(RunLimits.Default with { MaxSteps = 100_000 }), ScriptStatus.Timeout, null),
                // Library recursion over data the script built, ten million levels deep (the compiler-written GetHashCode of
                // an anonymous type): the run thread's stack holds it, but its touched pages are not counted by the
                // allocation budget (docs/runtime.md), so a memory cgroup kills the worker (memory_limit); without one the
                // stack holds it and the run succeeds.
                5 => new(Kind.KillsItsWorker, "object o = null; for (var i = 0; i < 10_000_000; i++) { o = new { N = o }; } return o.GetHashCode() * 0;", With(RunLimits.Default), ScriptStatus.MemoryLimit, null),
                10 => new(Kind.Allocates, "var keep = new List<int[]>(); while (true) { keep.Add(new int[100_000]); }", With(RunLimits.Default with { MaxAllocatedBytes = 8L << 20 }), ScriptStatus.MemoryLimit, null),
                15 => new(Kind.Floods, "while (true) { Console.Write(\"flood flood \"); }", With(RunLimits.Default with { MaxOutputChars = 1_000 }), ScriptStatus.OutputLimit, null),
                20 => new(Kind.Recurses, "int F(int x) => F(x + 1) + 1; return F(0);", With(RunLimits.Default), ScriptStatus.RecursionLimit, null),
                _ => new(Kind.Refused, RefusedScripts[h % RefusedScripts.Length], With(RunLimits.Default), ScriptStatus.Rejected, null),
            };
        }

        public Task<ScriptResult> Run(WorkerPool pool, string caller) => pool.RunAsync(Code, Options, caller + N);

        public int N { get; init; }

        /// <summary>What is wrong with <paramref name="result"/>, or null.</summary>
        public string? Mismatch(ScriptResult result) =>
            result.Status != (Kind == Kind.KillsItsWorker && !result.Isolation.Contains("memory-cgroup", StringComparison.Ordinal) ? ScriptStatus.Succeeded : Expected) || (Value is not null && result.Value?.GetRawText() != Value) || (Output.Length > 0 && result.Output != Output)
                ? result.ToJson()
                : null;

        private static Submission Benign(int n)
        {
            string s = n.ToString(CultureInfo.InvariantCulture);
            RunOptions options = With(RunLimits.Default) with { ArgsJson = "{\"n\": " + s + "}" };
            return (n % 8) switch
            {
                0 => new(Kind.Benign, "return Args[\"n\"].GetInt32() * 3 + 1;", options, ScriptStatus.Succeeded, Json(3L * n + 1)),
                1 => new(Kind.Benign, "var n = Args[\"n\"].GetInt32(); long s = 0; for (int i = 0; i <= n; i++) { s += i; } return s;", options, ScriptStatus.Succeeded, Json((long)n * (n + 1) / 2)),
                2 => new(Kind.Benign, "var n = Args[\"n\"].GetInt32(); return string.Join(\",\", Enumerable.Range(0, n % 7 + 1).Select(i => i * i));", options, ScriptStatus.Succeeded, "\"" + string.Join(",", Enumerable.Range(0, n % 7 + 1).Select(i => i * i)) + "\""),
                3 => new(Kind.Benign, "var xs = new List<int>(); for (var i = 0; i < 50; i++) { xs.Add((i * 37 + Args[\"n\"].GetInt32()) % 101); } xs.Sort(); return xs[0] + xs[49];", options, ScriptStatus.Succeeded, Json(SortedEnds(n))),
                4 => new(Kind.Benign, "var d = new Dictionary<string, int>(); foreach (var w in \"a b a c b a\".Split(' ')) { d[w] = d.GetValueOrDefault(w) + 1; } return d[\"a\"] * 100 + Args[\"n\"].GetInt32();", options, ScriptStatus.Succeeded, Json(300L + n)),
                5 => new(Kind.Benign, "Console.Write(\"n=\" + Args[\"n\"].GetInt32()); return 0;", options, ScriptStatus.Succeeded, "0", "n=" + s),
                6 => new(Kind.Benign, "var n = Args[\"n\"].GetInt32(); return Math.Max(n, 10) - Math.Min(n, 10);", options, ScriptStatus.Succeeded, Json(Math.Abs(n - 10))),
                _ => new(Kind.Benign, "return $\"item-{Args[\"n\"].GetInt32()}\".ToUpperInvariant();", options, ScriptStatus.Succeeded, "\"ITEM-" + s + "\""),
            };
        }

        private static RunOptions With(RunLimits limits) => new() { Limits = limits with { Timeout = Generous.Timeout, AbandonGrace = Generous.AbandonGrace } };

        private static string Json(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static long SortedEnds(int n)
        {
            List<int> xs = [.. Enumerable.Range(0, 50).Select(i => (i * 37 + n) % 101)];
            xs.Sort();
            return xs[0] + xs[49];
        }
    }
}
