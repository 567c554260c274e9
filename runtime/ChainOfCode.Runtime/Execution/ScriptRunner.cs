using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Runtime.Chain;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime;

/// <summary>
/// Runs model-generated scripts in process: gate, guard rewrite, emit into a collectible load context,
/// execute on a dedicated thread under the guards, convert the result, unload (<see cref="ScriptPipeline"/>).
/// Every run has its own guard state; a runner may serve any number of concurrent runs. In-process guards
/// are defense in depth, not an isolation boundary: untrusted code belongs in the worker process.
/// </summary>
public sealed class ScriptRunner
{
    private static long nextRunId;

    /// <summary>
    /// The compiler's one-time warm-up in this process, on a fixed benign script: the first run does not pay it
    /// against its own deadline (the compile time of the run's script does count).
    /// </summary>
    // The one-time warm-up runs outside the first caller's execution context: its AsyncLocals, Activity and meter
    // listeners' filters belong to that caller's run, not to the warm-up.
    private static readonly Lazy<Task> Warm = new(StartWarmUp, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<long, ScriptRun> inFlight = new();
    private readonly ScriptRunnerOptions options;
    private readonly SecurityEventReporter reporter;
    private volatile string? stopReason;

    /// <summary>Creates a runner that reports to the given logger, sink and callback.</summary>
    public ScriptRunner(ScriptRunnerOptions? options = null)
    {
        this.options = options ?? new ScriptRunnerOptions();
        reporter = new SecurityEventReporter("Script runner", this.options.Logger, this.options.EventSink, this.options.OnCritical);
    }

    /// <summary>A process-wide runner without logging, for callers that need no kill switch of their own.</summary>
    public static ScriptRunner Shared { get; } = new();

    /// <summary>True while the emergency stop is engaged (new runs are refused).</summary>
    public bool IsStopped => stopReason is not null;

    /// <summary>Runs in flight right now.</summary>
    public int ActiveRuns => inFlight.Count;

    /// <summary>Script load contexts of this process not yet collected (for leak checks).</summary>
    public static int LiveLoadContexts => ScriptLoadContext.LiveCount;

    /// <summary>Compiles, checks and runs a tiny script once, so the first real run does not pay the compiler's warm-up (about 1.5 s).</summary>
    public static void WarmUp() => Warm.Value.GetAwaiter().GetResult();

    /// <summary>
    /// Runs one script. Never throws for anything the script does; the status says how it ended.
    /// Cancelling the token ends the run at its next checkpoint with <see cref="ScriptStatus.Killed"/>.
    /// </summary>
    public Task<ScriptResult> RunAsync(string code, RunOptions? runOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        return RunWhenWarmAsync(code, runOptions ?? RunOptions.Default, null, cancellationToken);
    }

    /// <summary>
    /// Runs a script the build vetted (<c>VettedScripts.&lt;Name&gt;</c>). When its text still has the build's SHA-256
    /// and <paramref name="runOptions"/>' gate has the fingerprint it was vetted under, the gate's analysis is not
    /// repeated (the caps, the compilation and every guard still apply); otherwise nothing runs and the status is
    /// <see cref="ScriptStatus.NotVetted"/>.
    /// </summary>
    public Task<ScriptResult> RunVettedAsync(VettedScript script, RunOptions? runOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        runOptions ??= RunOptions.Default;
        if (script.Mismatch(runOptions.Gate) is { } mismatch)
        {
            return Task.FromResult(ScriptResult.NotVetted(mismatch));
        }

        return RunWhenWarmAsync(script.Text, runOptions with { Vetted = true }, null, cancellationToken);
    }

    /// <summary>Runs a Chain-of-Code program: the same gate, guards and statuses, with its calls and failing statements going to <paramref name="chain"/>'s emulator.</summary>
    internal Task<ScriptResult> RunChainAsync(string program, RunOptions runOptions, ChainRun chain, CancellationToken cancellationToken) =>
        RunWhenWarmAsync(program, runOptions, chain, cancellationToken);

    private async Task<ScriptResult> RunWhenWarmAsync(string code, RunOptions runOptions, ChainRun? chain, CancellationToken cancellationToken)
    {
        await WaitUntilWarmAsync(cancellationToken).ConfigureAwait(false);
        return await RunCoreAsync(code, runOptions, chain, cancellationToken).ConfigureAwait(false);
    }

    private static Task StartWarmUp()
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(WarmUpCoreAsync);
        }
    }

    private static async Task WarmUpCoreAsync()
    {
        const string Script = """
            var words = "b a c".Split(' ').OrderBy(w => w).ToList();
            var sb = new StringBuilder();
            foreach (var w in words) { sb.Append(w); }
            Console.Write(Regex.IsMatch(sb.ToString(), "^[a-c]+$"));
            return sb.ToString();
            """;

        // A fixed script the compiler cannot get stuck on; its deadline only bounds a machine that is very busy.
        var options = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMinutes(2) } };
        await new ScriptRunner().RunCoreAsync(Script, options, null, CancellationToken.None).ConfigureAwait(false);
    }

    private static async Task WaitUntilWarmAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Warm.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The run itself answers the cancellation.
        }
    }

    private async Task<ScriptResult> RunCoreAsync(string code, RunOptions runOptions, ChainRun? chain, CancellationToken cancellationToken)
    {
        long runId = Interlocked.Increment(ref nextRunId);
        var clock = Stopwatch.StartNew();

        if (stopReason is { } reason)
        {
            var refused = new ScriptResult { Status = ScriptStatus.Killed, Error = MessageSanitizer.Sanitize("The emergency stop is engaged: " + reason) };
            reporter.Report(SecurityEventIds.RefusedWhileStopped, LogLevel.Warning, runId, refused.Status, refused.Error!);
            SecurityEventReporter.Count(refused, clock.Elapsed);
            return refused;
        }

        ScriptGlobals globals;
        try
        {
            globals = ScriptInputs.Bind(runOptions);
        }
        catch (InvalidValueException exception)
        {
            return Finish(runId, clock, new ScriptResult { Status = ScriptStatus.Rejected, Error = MessageSanitizer.Sanitize(exception.Message) });
        }

        var run = new ScriptRun(runId, code, runOptions, globals, options.ExecutionStarting, cancellationToken, chain) { TrimsNativeMemory = options.TrimNativeMemory };
        inFlight[runId] = run;
        if (stopReason is { } lateReason)
        {
            run.Kill("The emergency stop is engaged: " + lateReason);
        }

        try
        {
            // One deadline from here, compile included: the compiler's token is cancelled at the run's timeout, the
            // script's guard counts from here too, and the host waits the timeout plus the grace at most.
            run.Start();
            Task<ScriptResult> done = run.Completion.Task;
            RunWatchdog.Watch(run, Stopwatch.GetTimestamp() + (long)(runOptions.Limits.HostWait.TotalSeconds * Stopwatch.Frequency));
            Task finished = await Task.WhenAny(done, run.HostDeadline.Task).ConfigureAwait(false);
            if (finished != done)
            {
                return Abandon(run, clock);
            }

            return Finish(runId, clock, await done.ConfigureAwait(false));
        }
        finally
        {
            inFlight.TryRemove(runId, out _);
            RunWatchdog.Forget(run);
        }
    }

    /// <summary>
    /// The kill switch: every in-flight run ends at its next checkpoint with <see cref="ScriptStatus.Killed"/>,
    /// and new runs are refused until <see cref="Reset"/>. Logs a critical event.
    /// </summary>
    public void EmergencyStop(string reason = "emergency stop")
    {
        stopReason = string.IsNullOrWhiteSpace(reason) ? "emergency stop" : reason;
        foreach (ScriptRun run in inFlight.Values)
        {
            run.Kill("The run was ended by the emergency stop: " + stopReason);
        }

        reporter.Report(SecurityEventIds.EmergencyStop, LogLevel.Critical, 0, null, $"Emergency stop: {stopReason}; {inFlight.Count} run(s) in flight ended.");
    }

    /// <summary>Lifts the emergency stop; new runs are accepted again.</summary>
    public void Reset()
    {
        stopReason = null;
        reporter.Report(SecurityEventIds.EmergencyReset, LogLevel.Warning, 0, null, "The emergency stop was reset.");
    }

    /// <summary>
    /// The script sits outside every checkpoint (a long library call, a blocking wait). Nothing can abort a
    /// managed thread: the watchdog abandoned it (it stops at its next checkpoint); answer now.
    /// </summary>
    private ScriptResult Abandon(ScriptRun run, Stopwatch clock)
    {
        // The watchdog has killed the run already: it stops at its next checkpoint, if it ever reaches one.
        var abandoned = new ScriptResult
        {
            Status = ScriptStatus.Timeout,
            Error = run.Started.Task.IsCompleted
                ? "The script ran past its deadline without reaching a checkpoint; its thread was abandoned."
                : "The compiler did not finish the script within the run's deadline; its thread was abandoned.",
            Usage = new ScriptUsage((long)clock.Elapsed.TotalMilliseconds, -1, 0, 0, 0, 0),
        };
        reporter.Report(SecurityEventIds.RunAbandoned, LogLevel.Critical, run.Id, abandoned.Status, abandoned.Error);
        SecurityEventReporter.Count(abandoned, clock.Elapsed);
        return abandoned;
    }

    private ScriptResult Finish(long runId, Stopwatch clock, ScriptResult result)
    {
        reporter.ReportRun(runId, result, clock.Elapsed);
        return result;
    }
}
