using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// A pool of pre-warmed worker processes that run untrusted scripts with the runtime's own gate and
/// guards, behind hard operating-system limits. The worker process is the isolation boundary: a stack
/// overflow, a fail-fast, a native crash or an out-of-memory takes down a disposable worker, never the
/// host. Every submission gets exactly one result; a full queue is answered <c>queue_full</c>, a suspended
/// caller <c>caller_suspended</c>, and a stopped or disposed pool <c>killed</c>, at once. This class is the API and the admission; <see cref="WorkerSlot"/>
/// runs the jobs, <see cref="WorkerRoster"/> owns the processes, <see cref="WorkerPoolReporter"/> reports.
/// </summary>
public sealed class WorkerPool : IDisposable, IAsyncDisposable
{
    private readonly WorkerPoolOptions options;
    private readonly WorkerLauncher launcher;
    private readonly WorkerRoster roster;
    private readonly WorkerPoolReporter reporter;
    private readonly CallerSuspensions suspensions;
    private readonly object sync = new();
    private readonly HashSet<PoolJob> inFlight = [];
    private readonly List<Task> loops = [];
    private readonly List<Task> everyLoop = [];
    private PoolEpoch epoch = new();
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

        if (this.options.CpuQuotaPercent < 1 || this.options.PidsLimit < 1 || this.options.MemoryCgroupLimitBytes is <= 0 || this.options.MaxResidentBytesPerWorker is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "CpuQuotaPercent and PidsLimit must be at least 1, MemoryCgroupLimitBytes and MaxResidentBytesPerWorker positive.");
        }

        if (this.options.CancelGrace < TimeSpan.Zero || this.options.CancelGrace > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "CancelGrace must be between zero and one hour.");
        }

        launcher = new WorkerLauncher(this.options);
        reporter = new WorkerPoolReporter(this.options, logger ?? NullLogger.Instance);
        roster = new WorkerRoster(launcher, this.options, reporter);
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
    public IReadOnlyList<int> WorkerProcessIds => roster.ProcessIds;

    /// <summary>Submissions waiting for a worker.</summary>
    public int QueuedCount => Volatile.Read(ref queued);

    /// <summary>Raised with the worker's process id once a request is on its way to the worker (tests use it to act mid-run).</summary>
    internal event Action<int>? RequestSent;

    /// <summary>The current subscribers of <see cref="RequestSent"/>, for the slots.</summary>
    internal Action<int>? RequestSentHandlers => RequestSent;

    /// <summary>Raised with a spare worker's process id once it is warm, before the worker it replaces retires (tests observe it).</summary>
    internal event Action<int>? SpareReady;

    /// <summary>A slot's spare worker is warm.</summary>
    internal void OnSpareReady(int processId) => SpareReady?.Invoke(processId);

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
    /// <param name="cancellationToken">
    /// Ends the run with <c>killed</c>: a queued run at once; a running one at its next checkpoint, with the output and
    /// usage so far, or without them once <see cref="WorkerPoolOptions.CancelGrace"/> passed (the worker is killed). Its worker is replaced.
    /// </param>
    public Task<ScriptResult> RunAsync(string code, RunOptions? runOptions = null, string? callerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        runOptions ??= RunOptions.Default;

        // The worker's own guard answers at the timeout, or abandons a stuck thread after its grace; the host waits a little longer still.
        RunLimits limits = runOptions.Limits;
        return SubmitAsync(WorkerRequests.Run(code, runOptions), callerId ?? "anonymous", limits.Timeout + limits.EffectiveGrace, cancellationToken);
    }

    /// <summary>
    /// Runs a script the build vetted (<c>VettedScripts.&lt;Name&gt;</c>) in a worker: refused with
    /// <see cref="ScriptStatus.NotVetted"/> when its text or the run's policy is not what the build vetted, else run
    /// without repeating the gate's analysis (the worker checks the hash and fingerprint again), under the same
    /// guards and worker limits as <see cref="RunAsync"/>.
    /// </summary>
    /// <param name="script">The generated entry.</param>
    /// <param name="runOptions">Limits and inputs; <see cref="RunOptions.Gate"/> must be the options the build vetted under (<c>ProjectPolicy.Options</c>).</param>
    /// <param name="callerId">Who submitted the run.</param>
    /// <param name="cancellationToken">Ends the run with <c>killed</c>.</param>
    public Task<ScriptResult> RunVettedAsync(VettedScript script, RunOptions? runOptions = null, string? callerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        runOptions ??= RunOptions.Default;
        if (script.Mismatch(runOptions.Gate) is { } mismatch)
        {
            return Task.FromResult(ScriptResult.NotVetted(mismatch));
        }

        RunLimits limits = runOptions.Limits;
        return SubmitAsync(WorkerRequests.RunVetted(script, runOptions), callerId ?? "anonymous", limits.Timeout + limits.EffectiveGrace, cancellationToken);
    }

    /// <summary>
    /// Tests only (<see cref="WorkerPoolOptions.UnsafeTestProbe"/>): runs one of the fixed raw probes
    /// in a worker without the gate; its outcome is the result's output.
    /// </summary>
    public Task<ScriptResult> ProbeAsync(string probe, string? argument = null, int timeoutMs = 10_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (!options.UnsafeTestProbe)
        {
            throw new InvalidOperationException("Probes need WorkerPoolOptions.UnsafeTestProbe (tests only).");
        }

        return SubmitAsync(WorkerRequests.Probe(probe, argument, timeoutMs), "probe", TimeSpan.FromMilliseconds(Math.Max(0, timeoutMs)), cancellationToken);
    }

    /// <summary>
    /// The kill switch: kills every worker by process id, answers every queued and in-flight run <c>killed</c>,
    /// refuses new runs until <see cref="Reset"/>, and logs a critical security event. Returns when the workers are gone.
    /// </summary>
    public void EmergencyStop(string reason)
    {
        List<PoolJob> victims;
        PoolEpoch ending;
        lock (sync)
        {
            stopped = true;
            ending = epoch;
            victims = DrainLocked(ending);
        }

        int workers = StopEpoch(ending, victims, "The run was ended by the emergency stop.");
        reporter.Report(
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
            epoch = new PoolEpoch();
            loops.Clear();
        }

        reporter.Report(WorkerPoolEvents.Reset, LogLevel.Warning, null, "Worker pool reset after an emergency stop.");
    }

    /// <summary>Ends every run (<c>killed</c>), kills every worker and waits until no worker process is left.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Ends every run (<c>killed</c>), kills every worker and waits until no worker process is left.</summary>
    public async ValueTask DisposeAsync()
    {
        List<PoolJob> victims;
        PoolEpoch ending;
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

        roster.Close();
        StopEpoch(ending, victims, "The worker pool was disposed.");
        try
        {
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The workers themselves are killed below regardless.
        }

        roster.DisposeAll();
        launcher.Dispose();
    }

    /// <summary>A slot took <paramref name="job"/> off the queue; false when it was already answered (cancelled or stopped).</summary>
    internal bool TakeFromQueue(PoolJob job)
    {
        lock (sync)
        {
            queued = Math.Max(0, queued - 1);
            if (job.Completion.Task.IsCompleted)
            {
                return false;
            }

            inFlight.Add(job);
            job.Taken = true;
            return true;
        }
    }

    /// <summary>A slot has the answer of <paramref name="job"/>.</summary>
    internal void LeaveInFlight(PoolJob job)
    {
        lock (sync)
        {
            inFlight.Remove(job);
        }
    }

    /// <summary>An answer made by the host (no worker ran the job).</summary>
    internal WorkerOutcome Outcome(ScriptStatus status, string message) =>
        new(new ScriptResult { Status = status, Error = MessageSanitizer.Sanitize(message), Isolation = Isolation.Label }, Recycle: false);

    /// <summary>
    /// Runs a Chain-of-Code program in a worker: the worker runs it under its gate and guards and sends its
    /// questions for the emulator here, where <paramref name="broker"/> answers them (limits, retries, the
    /// strict parser); the worker never reaches a model or a network.
    /// </summary>
    internal async Task<Chain.ChainResult> RunChainAsync(string program, Chain.ChainOptions chainOptions, Chain.EmulationBroker broker, string callerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(program);
        string question = chainOptions.Run.Input ?? string.Empty;
        RunLimits limits = chainOptions.Run.Limits;
        var job = new PoolJob(WorkerRequests.Chain(program, chainOptions), limits.Timeout + limits.EffectiveGrace + options.DeadlineGrace, cancellationToken)
        {
            // The program and the question the model sees are the host's, whatever the worker sends.
            Emulate = (request, token) => broker.AskAsync(request with { Program = program, Question = question }, token),
        };
        WorkerOutcome outcome = await SubmitAsync(job, callerId).ConfigureAwait(false);
        return Chain.ChainResult.From(outcome.Result, outcome.Trace, outcome.TraceTruncated, broker.Calls);
    }

    private async Task<ScriptResult> SubmitAsync(WorkerMessage message, string caller, TimeSpan budget, CancellationToken cancellationToken) =>
        (await SubmitAsync(new PoolJob(message, budget + options.DeadlineGrace, cancellationToken), caller).ConfigureAwait(false)).Result;

    private async Task<WorkerOutcome> SubmitAsync(PoolJob job, string caller)
    {
        CancellationToken cancellationToken = job.CancellationToken;
        lock (sync)
        {
            if (disposed)
            {
                return new WorkerOutcome(Refused(ScriptStatus.Killed, "The worker pool is disposed."), Recycle: false);
            }

            if (stopped)
            {
                return new WorkerOutcome(Refused(ScriptStatus.Killed, "The worker pool is stopped (emergency stop); runs are refused until it is reset."), Recycle: false);
            }

            if (suspensions.SuspendedUntil(caller) is not null)
            {
                return new WorkerOutcome(Refused(ScriptStatus.CallerSuspended, "The caller is suspended after repeated violations."), Recycle: false);
            }

            // Outstanding runs: one per worker plus the queue; one more is refused, never dropped.
            if (queued + inFlight.Count >= options.QueueCapacity + options.WorkerCount)
            {
                return new WorkerOutcome(Refused(ScriptStatus.QueueFull, "The queue is full; try again later."), Recycle: false);
            }

            EnsureStarted();
            queued++;
            epoch.Queue.Writer.TryWrite(job);
        }

        // A queued run is answered at once; a running one by its slot, which asks the worker to stop it (CancelGrace).
        using CancellationTokenRegistration registration = cancellationToken.Register(() =>
        {
            lock (sync)
            {
                if (!job.Taken)
                {
                    job.Completion.TrySetResult(Outcome(ScriptStatus.Killed, "The run was cancelled."));
                }
            }
        });
        long started = Stopwatch.GetTimestamp();
        WorkerOutcome outcome = await job.Completion.Task.ConfigureAwait(false);
        reporter.ReportRun(outcome, caller, Stopwatch.GetElapsedTime(started));
        if (CallerSuspensions.IsViolation(outcome.Result.Status) && suspensions.Record(caller))
        {
            reporter.Report(
                WorkerPoolEvents.CallerSuspended,
                LogLevel.Warning,
                outcome.Result.Status,
                $"Caller {caller} suspended for {options.SuspensionDuration} after {options.ViolationThreshold} violations within {options.ViolationWindow}.");
        }

        return outcome;
    }

    private ScriptResult Refused(ScriptStatus status, string reason) =>
        new() { Status = status, Error = MessageSanitizer.Sanitize(reason), Isolation = Isolation.Label };

    private Task[] EnsureStarted()
    {
        if (loops.Count == 0)
        {
            PoolEpoch current = epoch;
            current.Ready.Clear();
            for (int i = 0; i < options.WorkerCount; i++)
            {
                var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                current.Ready.Add(ready.Task);
                var slot = new WorkerSlot(this, roster, options, reporter, current, ready);
                Task loop = Task.Run(slot.RunAsync);
                loops.Add(loop);
                everyLoop.RemoveAll(t => t.IsCompleted);
                everyLoop.Add(loop);
            }
        }

        return [.. epoch.Ready];
    }

    private List<PoolJob> DrainLocked(PoolEpoch ending)
    {
        var victims = new List<PoolJob>(inFlight);
        while (ending.Queue.Reader.TryRead(out PoolJob? job))
        {
            victims.Add(job);
        }

        queued = 0;
        ending.Queue.Writer.TryComplete();
        return victims;
    }

    private int StopEpoch(PoolEpoch ending, List<PoolJob> victims, string message)
    {
        foreach (PoolJob job in victims)
        {
            job.Completion.TrySetResult(Outcome(ScriptStatus.Killed, message));
        }

        ending.Cancellation.Cancel();
        return roster.KillAll();
    }
}
