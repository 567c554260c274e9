using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// A pool of pre-warmed worker processes that run untrusted scripts with the runtime's own gate and
/// guards, behind hard operating-system limits. The worker process is the isolation boundary: a stack
/// overflow, a fail-fast, a native crash or an out-of-memory takes down a disposable worker, never the
/// host. Every submission gets exactly one result; a full queue, a stopped pool or a suspended caller
/// is answered <c>rejected</c> at once.
/// </summary>
public sealed class WorkerPool : IDisposable, IAsyncDisposable
{
    private static readonly HashSet<ScriptStatus> Healthy = [ScriptStatus.Succeeded, ScriptStatus.CompileError, ScriptStatus.Rejected, ScriptStatus.RuntimeError];

    private static readonly HashSet<ScriptStatus> Violations =
        [ScriptStatus.Rejected, ScriptStatus.Timeout, ScriptStatus.MemoryLimit, ScriptStatus.RecursionLimit, ScriptStatus.OutputLimit, ScriptStatus.Crashed];

    private readonly WorkerPoolOptions options;
    private readonly ILogger logger;
    private readonly WorkerLauncher launcher;
    private readonly CallerSuspensions suspensions;
    private readonly object sync = new();
    private readonly HashSet<Job> inFlight = [];
    private readonly ConcurrentDictionary<int, WorkerProcess> live = new();
    private readonly List<Task> loops = [];
    private readonly List<Task> everyLoop = [];
    private Epoch epoch = new();
    private int queued;
    private bool stopped;
    private bool disposed;

    /// <summary>Creates a pool; workers start on <see cref="StartAsync"/> or the first run.</summary>
    public WorkerPool(WorkerPoolOptions? options = null, ILogger? logger = null)
    {
        this.options = options ?? new WorkerPoolOptions();
        if (this.options.WorkerCount < 1 || this.options.MaxRunsPerWorker < 1 || this.options.QueueCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "WorkerCount and MaxRunsPerWorker must be at least 1, QueueCapacity at least 0.");
        }

        this.logger = logger ?? NullLogger.Instance;
        launcher = new WorkerLauncher(this.options);
        suspensions = new CallerSuspensions(this.options);
    }

    /// <summary>The isolation the workers get on this machine; its label is every result's <c>isolation</c> field.</summary>
    public WorkerIsolation Isolation => launcher.Isolation;

    /// <summary>True after <see cref="EmergencyStop"/> until <see cref="Reset"/>.</summary>
    public bool IsStopped
    {
        get
        {
            lock (sync)
            {
                return stopped;
            }
        }
    }

    /// <summary>The process ids of the live workers.</summary>
    public IReadOnlyList<int> WorkerProcessIds => live.Keys.ToArray();

    /// <summary>Raised with the worker's process id once a request is on its way to the worker (tests use it to act mid-run).</summary>
    internal event Action<int>? RequestSent;

    /// <summary>Submissions waiting for a worker.</summary>
    public int QueuedCount => Volatile.Read(ref queued);

    /// <summary>Starts every worker and waits until each is warm (or failed to start).</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        Task[] ready;
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            ready = EnsureStarted();
        }

        return Task.WhenAll(ready).WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Runs one script in a worker with the runtime's own gate and guards (<see cref="ScriptRunner.RunAsync"/>).
    /// Never throws for a bad script or a dying worker; the result says what happened. The worker checks
    /// scripts against the run's policy (sent as policy text) with the caps of <paramref name="runOptions"/>.
    /// </summary>
    /// <param name="code">The script.</param>
    /// <param name="runOptions">Limits and inputs, as for the in-process runner.</param>
    /// <param name="callerId">Who submitted the run; repeated violations suspend this caller.</param>
    /// <param name="cancellationToken">Ends the run with <c>killed</c> (the worker is killed and replaced).</param>
    public Task<ScriptResult> RunAsync(string code, RunOptions? runOptions = null, string? callerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        runOptions ??= RunOptions.Default;
        Analyzers.Rules.Policy policy = runOptions.Gate.Policy;
        bool defaultPolicy = ReferenceEquals(policy, GateOptions.Default.Policy);

        var message = new WorkerMessage
        {
            Kind = WorkerMessage.RunKind,
            Code = code,
            Input = runOptions.Input,
            Args = runOptions.Args is null ? null : new Dictionary<string, System.Text.Json.JsonElement>(runOptions.Args, StringComparer.Ordinal),
            ArgsJson = runOptions.ArgsJson,
            Limits = runOptions.Limits,
            InputLimits = runOptions.InputLimits,
            MaxSourceLength = runOptions.Gate.MaxSourceLength,
            MaxNesting = runOptions.Gate.MaxNesting,

            // The worker rebuilds the run's policy from its text: the same catalog, mode, switches and lines.
            PolicyText = defaultPolicy ? null : policy.ToPolicyText(),
        };

        // The worker's own guard answers at the timeout, or abandons a stuck thread after its grace; the host waits a little longer still.
        RunLimits limits = runOptions.Limits;
        return SubmitAsync(message, callerId ?? "anonymous", limits.Timeout + limits.EffectiveGrace, cancellationToken);
    }

    /// <summary>
    /// Tests only (<see cref="WorkerPoolOptions.UnsafeTestProbe"/>): runs one of the fixed raw <see cref="WorkerProbe"/>s
    /// in a worker without the gate; its outcome is the result's output.
    /// </summary>
    public Task<ScriptResult> ProbeAsync(string probe, string? argument = null, int timeoutMs = 10_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (!options.UnsafeTestProbe)
        {
            throw new InvalidOperationException("Probes need WorkerPoolOptions.UnsafeTestProbe (tests only).");
        }

        var message = new WorkerMessage { Kind = WorkerMessage.ProbeKind, Code = probe, Input = argument, TimeoutMs = timeoutMs };
        return SubmitAsync(message, "probe", TimeSpan.FromMilliseconds(Math.Max(0, timeoutMs)), cancellationToken);
    }

    /// <summary>
    /// The kill switch: kills every worker by process id, answers every queued and in-flight run <c>killed</c>,
    /// refuses new runs until <see cref="Reset"/>, and logs a critical security event. Returns when the workers are gone.
    /// </summary>
    public void EmergencyStop(string reason)
    {
        List<Job> victims;
        Epoch ending;
        lock (sync)
        {
            stopped = true;
            ending = epoch;
            victims = DrainLocked(ending);
        }

        int workers = StopEpoch(ending, victims, "The run was ended by the emergency stop.");
        Report(
            WorkerPoolEvents.EmergencyStop,
            LogLevel.Critical,
            null,
            $"Worker pool emergency stop ({MessageSanitizer.Sanitize(reason)}): {workers} workers killed by process id, {victims.Count} runs ended as killed; new runs are refused until reset.");
    }

    /// <summary>Accepts runs again after an emergency stop; new workers are started and warmed.</summary>
    public void Reset()
    {
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (!stopped)
            {
                return;
            }

            stopped = false;
            epoch = new Epoch();
            loops.Clear();
        }

        Report(WorkerPoolEvents.Reset, LogLevel.Warning, null, "Worker pool reset after an emergency stop.");
    }

    /// <summary>Ends every run (<c>killed</c>), kills every worker and waits until no worker process is left.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Ends every run (<c>killed</c>), kills every worker and waits until no worker process is left.</summary>
    public async ValueTask DisposeAsync()
    {
        List<Job> victims;
        Epoch ending;
        Task[] running;
        lock (sync)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            ending = epoch;
            victims = DrainLocked(ending);
            running = [.. everyLoop];
        }

        StopEpoch(ending, victims, "The worker pool was disposed.");
        try
        {
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The workers themselves are killed below regardless.
        }

        foreach (WorkerProcess worker in live.Values)
        {
            worker.Dispose();
        }

        live.Clear();
    }

    private async Task<ScriptResult> SubmitAsync(WorkerMessage message, string caller, TimeSpan budget, CancellationToken cancellationToken)
    {
        var job = new Job(message, budget + options.DeadlineGrace, cancellationToken);
        lock (sync)
        {
            if (disposed)
            {
                return Refused("The worker pool is disposed.");
            }

            if (stopped)
            {
                return Refused("The worker pool is stopped (emergency stop); runs are refused until it is reset.");
            }

            if (suspensions.SuspendedUntil(caller) is not null)
            {
                return Refused("The caller is suspended after repeated violations.");
            }

            // Outstanding runs: one per worker plus the queue; one more is refused, never dropped.
            if (queued + inFlight.Count >= options.QueueCapacity + options.WorkerCount)
            {
                return Refused("The queue is full; try again later.");
            }

            EnsureStarted();
            queued++;
            epoch.Queue.Writer.TryWrite(job);
        }

        using CancellationTokenRegistration registration = cancellationToken.Register(() => job.Completion.TrySetResult(Outcome(ScriptStatus.Killed, "The run was cancelled.")));
        long started = Stopwatch.GetTimestamp();
        WorkerOutcome outcome = await job.Completion.Task.ConfigureAwait(false);
        foreach (SecurityEvent forwarded in outcome.Events)
        {
            Report(new EventId(forwarded.EventId, forwarded.Name), forwarded.Level, forwarded.Status, $"In a worker: {forwarded.Message} Caller: {caller}.", forwarded.Rules);
        }

        ReportRun(outcome.Result, caller, Stopwatch.GetElapsedTime(started));
        if (outcome.Violation is not null)
        {
            Report(WorkerPoolEvents.ProtocolViolation, LogLevel.Critical, outcome.Result.Status, $"A worker broke the protocol ({outcome.Violation}) and was killed; caller {caller}.");
        }

        if (Violations.Contains(outcome.Result.Status) && suspensions.Record(caller))
        {
            Report(
                WorkerPoolEvents.CallerSuspended,
                LogLevel.Warning,
                outcome.Result.Status,
                $"Caller {caller} suspended for {options.SuspensionDuration} after {options.ViolationThreshold} violations within {options.ViolationWindow}.");
        }

        return outcome.Result;
    }

    private void ReportRun(ScriptResult result, string caller, TimeSpan elapsed)
    {
        IReadOnlyList<string> rules = result.Status == ScriptStatus.Rejected
            ? result.Diagnostics.Where(d => d.IsError).Select(d => d.Id).Distinct().ToList()
            : [];
        RuntimeMetrics.Record(result.Status, elapsed.TotalMilliseconds, rules);
        (EventId id, LogLevel level) = result.Status switch
        {
            ScriptStatus.Succeeded => (SecurityEventIds.RunSucceeded, LogLevel.Debug),
            ScriptStatus.Rejected => (SecurityEventIds.RunRejected, LogLevel.Warning),
            ScriptStatus.CompileError => (SecurityEventIds.CompileError, LogLevel.Information),
            ScriptStatus.Timeout or ScriptStatus.MemoryLimit or ScriptStatus.RecursionLimit or ScriptStatus.OutputLimit => (SecurityEventIds.LimitHit, LogLevel.Warning),
            ScriptStatus.Killed => (SecurityEventIds.RunKilled, LogLevel.Warning),
            ScriptStatus.RuntimeError => (SecurityEventIds.RuntimeError, LogLevel.Information),
            _ => (SecurityEventIds.RunCrashed, LogLevel.Error),
        };
        Report(id, level, result.Status, $"{result.Error ?? "The script succeeded."} Caller: {caller}.", rules);
    }

    /// <summary>One security event to the logger, the JSON-lines sink and, when critical, the callback (as the in-process runner does).</summary>
    private void Report(EventId eventId, LogLevel level, ScriptStatus? status, string message, IReadOnlyList<string>? rules = null)
    {
        string clean = MessageSanitizer.Sanitize(message);
        string statusText = status is { } s ? JsonNamingPolicy.SnakeCaseLower.ConvertName(s.ToString()) : "-";
        logger.Log(level, eventId, "Worker pool {Status}: {Message} Rules: {Rules}", statusText, clean, string.Join(",", rules ?? []));
        if (options.EventSink is null && (level != LogLevel.Critical || options.OnCritical is null))
        {
            return;
        }

        var securityEvent = new SecurityEvent(DateTimeOffset.UtcNow, eventId.Id, eventId.Name ?? string.Empty, level, 0, status, rules ?? [], clean);
        options.EventSink?.Write(securityEvent);
        if (level == LogLevel.Critical)
        {
            try
            {
                options.OnCritical?.Invoke(securityEvent);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogError(WorkerPoolEvents.WorkerLost, "The critical-event callback failed: {Error}", MessageSanitizer.Sanitize(e.Message));
            }
        }
    }

    private ScriptResult Refused(string reason) =>
        new() { Status = ScriptStatus.Rejected, Error = MessageSanitizer.Sanitize(reason), Isolation = Isolation.Label };

    private WorkerOutcome Outcome(ScriptStatus status, string message) =>
        new(new ScriptResult { Status = status, Error = MessageSanitizer.Sanitize(message), Isolation = Isolation.Label }, Recycle: false);

    private Task[] EnsureStarted()
    {
        if (loops.Count == 0)
        {
            Epoch current = epoch;
            current.Ready.Clear();
            for (int i = 0; i < options.WorkerCount; i++)
            {
                var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                current.Ready.Add(ready.Task);
                Task loop = Task.Run(() => SlotLoopAsync(current, ready));
                loops.Add(loop);
                everyLoop.RemoveAll(t => t.IsCompleted);
                everyLoop.Add(loop);
            }
        }

        return [.. epoch.Ready];
    }

    private List<Job> DrainLocked(Epoch ending)
    {
        var victims = new List<Job>(inFlight);
        while (ending.Queue.Reader.TryRead(out Job? job))
        {
            victims.Add(job);
        }

        queued = 0;
        ending.Queue.Writer.TryComplete();
        return victims;
    }

    private int StopEpoch(Epoch ending, List<Job> victims, string message)
    {
        foreach (Job job in victims)
        {
            job.Completion.TrySetResult(Outcome(ScriptStatus.Killed, message));
        }

        ending.Cancellation.Cancel();
        WorkerProcess[] workers = [.. live.Values];
        foreach (WorkerProcess worker in workers)
        {
            worker.Kill();
        }

        foreach (WorkerProcess worker in workers)
        {
            worker.WaitForExit(TimeSpan.FromSeconds(10));
            live.TryRemove(new KeyValuePair<int, WorkerProcess>(worker.ProcessId, worker));
        }

        return workers.Length;
    }

    private async Task SlotLoopAsync(Epoch current, TaskCompletionSource ready)
    {
        CancellationToken token = current.Cancellation.Token;
        WorkerProcess? worker = null;
        bool startFailed = false;
        try
        {
            while (!token.IsCancellationRequested)
            {
                if (worker is null && !startFailed)
                {
                    (worker, _) = await StartWorkerAsync(current).ConfigureAwait(false);
                    startFailed = worker is null;
                    ready.TrySetResult();
                }

                Job job;
                try
                {
                    job = await current.Queue.Reader.ReadAsync(token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
                {
                    break;
                }

                lock (sync)
                {
                    queued = Math.Max(0, queued - 1);
                    if (job.Completion.Task.IsCompleted)
                    {
                        continue;
                    }

                    inFlight.Add(job);
                }

                WorkerOutcome outcome;
                try
                {
                    string? startError = null;
                    if (worker is null || worker.HasExited)
                    {
                        Retire(worker);
                        (worker, startError) = await StartWorkerAsync(current).ConfigureAwait(false);
                        startFailed = worker is null;
                    }

                    if (worker is null)
                    {
                        outcome = Outcome(token.IsCancellationRequested ? ScriptStatus.Killed : ScriptStatus.Crashed, startError ?? "The run was ended by the emergency stop.");
                    }
                    else
                    {
                        using var runToken = CancellationTokenSource.CreateLinkedTokenSource(token, job.CancellationToken);
                        outcome = await worker.ExchangeAsync(job.Message, job.Deadline, Isolation.Label, RequestSent, runToken.Token).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Whatever went wrong on the host's side, the run is answered and the worker replaced.
                    outcome = Outcome(ScriptStatus.Crashed, "The worker pool failed on this run: " + e.GetType().Name);
                    outcome = outcome with { Recycle = true };
                }

                lock (sync)
                {
                    inFlight.Remove(job);
                }

                // A worker that hit a limit, crashed, missed its deadline or served its runs is gone before the run is answered.
                if (worker is not null && (outcome.Recycle || !Healthy.Contains(outcome.Result.Status) || worker.Runs >= options.MaxRunsPerWorker
                    || worker.CpuTime.TotalSeconds * 2 > options.CpuSecondsLimit || worker.HasExited))
                {
                    if (outcome.Recycle && !token.IsCancellationRequested)
                    {
                        Report(WorkerPoolEvents.WorkerLost, LogLevel.Warning, outcome.Result.Status, $"Worker {worker.ProcessId} lost: {outcome.Result.Error}");
                    }

                    Retire(worker);
                    worker = null;
                }

                job.Completion.TrySetResult(outcome);
            }
        }
        finally
        {
            ready.TrySetResult();
            Retire(worker);
        }
    }

    private async Task<(WorkerProcess? Worker, string? Error)> StartWorkerAsync(Epoch current)
    {
        WorkerProcess worker;
        try
        {
            worker = await WorkerProcess.StartAsync(launcher, options.StartupTimeout, w => Register(current, w), current.Cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            PruneDead();
            return (null, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A slot never dies of a failed start: the next run tries again and is answered either way.
            string error = MessageSanitizer.Sanitize(e is WorkerStartException ? e.Message : "The worker process failed to start: " + e.Message);
            Report(WorkerPoolEvents.WorkerStartFailed, LogLevel.Error, null, error);
            PruneDead();
            return (null, error);
        }

        if (current.Cancellation.IsCancellationRequested)
        {
            // The pool stopped while this worker was warming up.
            Retire(worker);
            return (null, null);
        }

        return (worker, null);
    }

    private void PruneDead()
    {
        foreach (KeyValuePair<int, WorkerProcess> entry in live)
        {
            if (entry.Value.HasExited)
            {
                live.TryRemove(entry);
            }
        }
    }

    private void Register(Epoch current, WorkerProcess worker)
    {
        lock (sync)
        {
            live[worker.ProcessId] = worker;
            if (!current.Cancellation.IsCancellationRequested && !disposed)
            {
                return;
            }
        }

        worker.Kill();
    }

    private void Retire(WorkerProcess? worker)
    {
        if (worker is null)
        {
            return;
        }

        live.TryRemove(new KeyValuePair<int, WorkerProcess>(worker.ProcessId, worker));
        worker.Dispose();
    }

    private sealed class Job(WorkerMessage message, TimeSpan deadline, CancellationToken cancellationToken)
    {
        public WorkerMessage Message { get; } = message;

        public TimeSpan Deadline { get; } = deadline;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public TaskCompletionSource<WorkerOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Epoch
    {
        public Channel<Job> Queue { get; } = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });

        public CancellationTokenSource Cancellation { get; } = new();

        public List<Task> Ready { get; } = [];
    }
}
