using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime;

/// <summary>
/// Runs model-generated scripts in process: gate, guard rewrite, emit into a collectible load context,
/// execute on a dedicated thread under the guards, convert the result, unload. Every run has its own
/// guard state; a runner may serve any number of concurrent runs. In-process guards are defense in
/// depth, not an isolation boundary: untrusted code belongs in the worker process.
/// </summary>
public sealed class ScriptRunner
{
    /// <summary>
    /// Stack of a run's thread: room for the depth limit, the compiler and the stack probe, and for the
    /// recursion the guards cannot see (compiler-synthesized record members, BCL tuple and comparer code
    /// walking a deep data structure). Only the touched part is committed.
    /// </summary>
    private const int RunThreadStackBytes = 64 * 1024 * 1024;

    private static long nextRunId;
    private readonly ConcurrentDictionary<long, RunState> inFlight = new();
    private readonly ScriptRunnerOptions options;
    private volatile string? stopReason;

    /// <summary>Creates a runner that reports to the given logger, sink and callback.</summary>
    public ScriptRunner(ScriptRunnerOptions? options = null)
    {
        this.options = options ?? new ScriptRunnerOptions();
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
    public static void WarmUp()
    {
        const string Script = """
            var words = "b a c".Split(' ').OrderBy(w => w).ToList();
            var sb = new StringBuilder();
            foreach (var w in words) { sb.Append(w); }
            Console.Write(Regex.IsMatch(sb.ToString(), "^[a-c]+$"));
            return sb.ToString();
            """;
        new ScriptRunner().RunAsync(Script).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Runs one script. Never throws for anything the script does; the status says how it ended.
    /// Cancelling the token ends the run at its next checkpoint with <see cref="ScriptStatus.Killed"/>.
    /// </summary>
    public async Task<ScriptResult> RunAsync(string code, RunOptions? runOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        runOptions ??= RunOptions.Default;
        long runId = Interlocked.Increment(ref nextRunId);
        var clock = Stopwatch.StartNew();

        if (stopReason is { } reason)
        {
            var refused = new ScriptResult { Status = ScriptStatus.Killed, Error = MessageSanitizer.Sanitize("The emergency stop is engaged: " + reason) };
            Report(SecurityEventIds.RefusedWhileStopped, LogLevel.Warning, runId, refused.Status, [], refused.Error!);
            RuntimeMetrics.Record(refused.Status, clock.Elapsed.TotalMilliseconds, []);
            return refused;
        }

        ScriptGlobals globals;
        try
        {
            ValueValidator.ValidateInput(runOptions.Input, runOptions.InputLimits);
            IReadOnlyDictionary<string, JsonElement> args;
            if (runOptions.Args is not null)
            {
                ValueValidator.ValidateArgs(runOptions.Args, runOptions.InputLimits);
                args = new Dictionary<string, JsonElement>(runOptions.Args.Select(p => new KeyValuePair<string, JsonElement>(p.Key, p.Value.Clone())), StringComparer.Ordinal);
            }
            else
            {
                args = ValueValidator.ParseArgs(runOptions.ArgsJson, runOptions.InputLimits);
            }

            globals = new ScriptGlobals(runOptions.Input, args);
        }
        catch (InvalidValueException exception)
        {
            return Finish(runId, clock, new ScriptResult { Status = ScriptStatus.Rejected, Error = MessageSanitizer.Sanitize(exception.Message) });
        }

        var state = new RunState(runId, code, runOptions, globals, options.ExecutionStarting, cancellationToken);
        inFlight[runId] = state;
        if (stopReason is { } lateReason)
        {
            state.Kill("The emergency stop is engaged: " + lateReason);
        }

        try
        {
            var thread = new Thread(state.Execute, RunThreadStackBytes) { IsBackground = true, Name = "coc-script-" + runId };
            thread.Start();

            Task<ScriptResult> done = state.Completion.Task;
            await Task.WhenAny(done, state.Started.Task).ConfigureAwait(false);
            if (!done.IsCompleted)
            {
                TimeSpan wait = runOptions.Limits.HostWait;
                Task finished = await Task.WhenAny(done, Task.Delay(wait, CancellationToken.None)).ConfigureAwait(false);
                if (finished != done)
                {
                    // The script sits outside every checkpoint (a long library call, a blocking wait). Nothing
                    // can abort a managed thread: abandon it, stop it at its next checkpoint, and answer now.
                    state.Kill("The run was abandoned after its deadline.");
                    var abandoned = new ScriptResult
                    {
                        Status = ScriptStatus.Timeout,
                        Error = "The script ran past its deadline without reaching a checkpoint; its thread was abandoned.",
                        Usage = new ScriptUsage((long)clock.Elapsed.TotalMilliseconds, -1, 0, 0, 0, 0),
                    };
                    Report(SecurityEventIds.RunAbandoned, LogLevel.Critical, runId, abandoned.Status, [], abandoned.Error);
                    return Finish(runId, clock, abandoned, logged: true);
                }
            }

            return Finish(runId, clock, await done.ConfigureAwait(false));
        }
        finally
        {
            inFlight.TryRemove(runId, out _);
        }
    }

    /// <summary>
    /// The kill switch: every in-flight run ends at its next checkpoint with <see cref="ScriptStatus.Killed"/>,
    /// and new runs are refused until <see cref="Reset"/>. Logs a critical event.
    /// </summary>
    public void EmergencyStop(string reason = "emergency stop")
    {
        stopReason = string.IsNullOrWhiteSpace(reason) ? "emergency stop" : reason;
        foreach (RunState run in inFlight.Values)
        {
            run.Kill("The run was ended by the emergency stop: " + stopReason);
        }

        Report(SecurityEventIds.EmergencyStop, LogLevel.Critical, 0, null, [], $"Emergency stop: {stopReason}; {inFlight.Count} run(s) in flight ended.");
    }

    /// <summary>Lifts the emergency stop; new runs are accepted again.</summary>
    public void Reset()
    {
        stopReason = null;
        Report(SecurityEventIds.EmergencyReset, LogLevel.Warning, 0, null, [], "The emergency stop was reset.");
    }

    private ScriptResult Finish(long runId, Stopwatch clock, ScriptResult result, bool logged = false)
    {
        IReadOnlyList<string> rules = result.Status == ScriptStatus.Rejected
            ? result.Diagnostics.Where(d => d.IsError).Select(d => d.Id).Distinct().ToList()
            : [];
        RuntimeMetrics.Record(result.Status, clock.Elapsed.TotalMilliseconds, rules);
        if (!logged)
        {
            string message = result.Error ?? "The script succeeded.";
            switch (result.Status)
            {
                case ScriptStatus.Succeeded:
                    Report(SecurityEventIds.RunSucceeded, LogLevel.Debug, runId, result.Status, rules, message);
                    break;
                case ScriptStatus.Rejected:
                    Report(SecurityEventIds.RunRejected, LogLevel.Warning, runId, result.Status, rules, message);
                    break;
                case ScriptStatus.CompileError:
                    Report(SecurityEventIds.CompileError, LogLevel.Information, runId, result.Status, rules, message);
                    break;
                case ScriptStatus.Timeout or ScriptStatus.MemoryLimit or ScriptStatus.RecursionLimit or ScriptStatus.OutputLimit:
                    Report(SecurityEventIds.LimitHit, LogLevel.Warning, runId, result.Status, rules, message);
                    break;
                case ScriptStatus.Killed:
                    Report(SecurityEventIds.RunKilled, LogLevel.Warning, runId, result.Status, rules, message);
                    break;
                case ScriptStatus.RuntimeError:
                    Report(SecurityEventIds.RuntimeError, LogLevel.Information, runId, result.Status, rules, message);
                    break;
                default:
                    Report(SecurityEventIds.RunCrashed, LogLevel.Error, runId, result.Status, rules, message);
                    break;
            }
        }

        return result;
    }

    private void Report(EventId eventId, LogLevel level, long runId, ScriptStatus? status, IReadOnlyList<string> rules, string message)
    {
        string clean = MessageSanitizer.Sanitize(message);
        string statusText = status is { } s ? JsonNamingPolicy.SnakeCaseLower.ConvertName(s.ToString()) : "-";
        options.Logger?.Log(level, eventId, "Script run {RunId} {Status}: {Message} Rules: {Rules}", runId, statusText, clean, string.Join(",", rules));
        if (options.EventSink is null && (level != LogLevel.Critical || options.OnCritical is null))
        {
            return;
        }

        var securityEvent = new SecurityEvent(DateTimeOffset.UtcNow, eventId.Id, eventId.Name ?? string.Empty, level, runId, status, rules, clean);
        options.EventSink?.Write(securityEvent);
        if (level == LogLevel.Critical)
        {
            options.OnCritical?.Invoke(securityEvent);
        }
    }

    /// <summary>One run: its inputs, its guard once it exists, its kill flag and its completion.</summary>
    private sealed class RunState
    {
        private readonly string code;
        private readonly RunOptions runOptions;
        private readonly ScriptGlobals globals;
        private readonly CancellationToken cancellationToken;
        private readonly Action<long>? executionStarting;
        private readonly object gate = new();
        private ScriptGuard? guard;
        private string? killReason;

        public RunState(long id, string code, RunOptions runOptions, ScriptGlobals globals, Action<long>? executionStarting, CancellationToken cancellationToken)
        {
            this.executionStarting = executionStarting;
            Id = id;
            this.code = code;
            this.runOptions = runOptions;
            this.globals = globals;
            this.cancellationToken = cancellationToken;
        }

        public long Id { get; }

        public TaskCompletionSource<ScriptResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set when the script starts executing (after the gate, the rewrite and the emit).</summary>
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Kill(string reason)
        {
            lock (gate)
            {
                killReason ??= reason;
                guard?.Kill(reason);
            }
        }

        public void Execute()
        {
            ScriptResult result;
            try
            {
                result = ExecuteCore();
            }
            catch (Exception exception)
            {
                result = new ScriptResult { Status = ScriptStatus.Crashed, Error = MessageSanitizer.Sanitize("The runtime failed: " + exception.GetType().Name + ": " + exception.Message) };
            }

            Started.TrySetResult();
            Completion.TrySetResult(result);
        }

        private ScriptResult ExecuteCore()
        {
            var clock = Stopwatch.StartNew();
            long cpuStart = ThreadCpuTime.NowMilliseconds();
            CompiledScript compiled;
            try
            {
                compiled = CompiledScript.Get(code, runOptions.Gate, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return new ScriptResult { Status = ScriptStatus.Killed, Error = "The run was cancelled." };
            }

            GateResult verdict = compiled.Verdict;
            if (!verdict.IsAccepted)
            {
                return new ScriptResult { Status = verdict.Verdict, Error = verdict.Error, Diagnostics = verdict.Diagnostics };
            }

            if (compiled.EmitError is not null)
            {
                return new ScriptResult { Status = ScriptStatus.Crashed, Error = compiled.EmitError, Diagnostics = verdict.Diagnostics };
            }

            using var pe = new MemoryStream(compiled.Image!, writable: false);
            using var pdb = new MemoryStream(compiled.Symbols!, writable: false);
            var limits = runOptions.Limits;
            var runGuard = new ScriptGuard(limits, cancellationToken);
            lock (gate)
            {
                guard = runGuard;
                if (killReason is not null)
                {
                    runGuard.Kill(killReason);
                }
            }

            Started.TrySetResult();
            executionStarting?.Invoke(Id);
            (ScriptStatus status, JsonElement? value, string? error) = ExecuteAssembly(pe, pdb, compiled.ScriptClass!, runGuard, globals, runOptions, compiled.UsesSerializer);
            runGuard.MeasureAllocation();
            runGuard.SampleHeap();
            long cpuEnd = ThreadCpuTime.NowMilliseconds();
            long wall = (long)clock.Elapsed.TotalMilliseconds;
            return new ScriptResult
            {
                Status = status,
                Value = value,
                Output = runGuard.Out.ToString(),
                Error = error is null ? null : MessageSanitizer.Sanitize(error),
                Diagnostics = verdict.Diagnostics,
                Usage = new ScriptUsage(
                    wall,
                    cpuStart >= 0 && cpuEnd >= 0 ? cpuEnd - cpuStart : wall,
                    runGuard.AllocatedBytes,
                    runGuard.PeakBytes,
                    runGuard.Steps,
                    runGuard.MaxDepthReached),
            };
        }

        /// <summary>Loads, runs and unloads; kept out of line so no reference to the script's types outlives it.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static (ScriptStatus Status, JsonElement? Value, string? Error) ExecuteAssembly(Stream pe, Stream pdb, string scriptClass, ScriptGuard guard, ScriptGlobals globals, RunOptions runOptions, bool usesSerializer)
        {
            var context = new ScriptLoadContext();
            try
            {
                Assembly assembly = context.LoadFromStream(pe, pdb);
                // The script class ("Script" for a compilation of one submission) and its "<Factory>(object[] submissionArray)".
                Type submission = assembly.GetType(scriptClass, throwOnError: true)!;
                submission.GetNestedType(GuardRewriter.HolderClass, BindingFlags.Public | BindingFlags.NonPublic)!
                    .GetField(GuardRewriter.HolderField, BindingFlags.Public | BindingFlags.Static)!
                    .SetValue(null, guard);
                MethodInfo factory = submission.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!;
                var entry = factory.CreateDelegate<Func<object?[], Task<object>>>();
                guard.StartMeasuring();
                try
                {
                    Task<object> task = entry([globals, null]);
                    if (!task.IsCompleted)
                    {
                        // An awaiting script: its continuations run on the pool; wait for them within the deadline.
                        try
                        {
                            task.Wait(runOptions.Limits.HostWait);
                        }
                        catch (AggregateException)
                        {
                        }

                        if (!task.IsCompleted)
                        {
                            guard.Kill("The run was abandoned after its deadline.");
                            return (ScriptStatus.Timeout, null, "The script awaited past its deadline.");
                        }
                    }

                    object? value = task.GetAwaiter().GetResult();
                    JsonElement? json = ValueConverter.ToJson(value, runOptions.InputLimits);
                    if (guard.StopReason is { } late)
                    {
                        return (late.Status, null, late.Message);
                    }

                    return (ScriptStatus.Succeeded, json, null);
                }
                catch (GuardStopException stop)
                {
                    GuardStopException first = guard.StopReason ?? stop;
                    return (first.Status, null, first.Message);
                }
                catch (Exception exception) when (guard.StopReason is { } stop)
                {
                    // A guard stop turned into another exception on its way out (a type initializer, a finally that threw).
                    _ = exception;
                    return (stop.Status, null, stop.Message);
                }
                catch (OutOfMemoryException)
                {
                    return (ScriptStatus.MemoryLimit, null, "The script ran out of memory.");
                }
                catch (InsufficientExecutionStackException)
                {
                    return (ScriptStatus.RecursionLimit, null, "The script's calls nested too deep for the stack.");
                }
                catch (RegexMatchTimeoutException)
                {
                    return (ScriptStatus.Timeout, null, "A regular expression ran past the script's deadline.");
                }
                catch (InvalidValueException invalid)
                {
                    return (ScriptStatus.RuntimeError, null, "The result is not a valid value: " + invalid.Message);
                }
                catch (Exception exception)
                {
                    return (ScriptStatus.RuntimeError, null, Describe(exception, assembly));
                }
            }
            finally
            {
                // Work the script left behind (an async lambda it never awaited, still spinning on the
                // thread pool) ends at its next checkpoint instead of running on until the deadline.
                guard.Kill("The run has ended.");
                if (usesSerializer)
                {
                    SerializerCaches.Clear();
                }

                context.Unload();
            }
        }

        /// <summary>"Type: message (line N)", the line taken from the script's own frames (its PDB is loaded).</summary>
        private static string Describe(Exception exception, Assembly script)
        {
            if (exception is TypeInitializationException { InnerException: { } inner })
            {
                exception = inner;
            }

            int line = 0;
            try
            {
                foreach (StackFrame frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
                {
                    if (frame.GetMethod()?.Module.Assembly == script && frame.GetFileLineNumber() > 0)
                    {
                        line = frame.GetFileLineNumber();
                        break;
                    }
                }
            }
            catch (Exception frameError) when (frameError is not OutOfMemoryException)
            {
                line = 0;
            }

            return exception.GetType().Name + ": " + exception.Message + (line > 0 ? $" (line {line})" : string.Empty);
        }
    }
}
