using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime;

/// <summary>
/// One in-process run: its inputs, its own thread, its guard once the script is about to start, its kill
/// flag and its completion. The thread's body is <see cref="ScriptPipeline.Run"/>.
/// </summary>
internal sealed class ScriptRun
{
    private readonly Action<long>? executionStarting;
    private readonly CancellationTokenSource compileStop;
    private readonly object gate = new();
    private ScriptGuard? guard;
    private string? killReason;
    private ScriptSynchronizationContext? continuations;

    public ScriptRun(long id, string code, RunOptions options, ScriptGlobals globals, Action<long>? executionStarting, CancellationToken cancellationToken, ChainRun? chain = null)
    {
        Chain = chain;
        Id = id;
        Code = code;
        Options = options;
        Globals = globals;
        CancellationToken = cancellationToken;
        this.executionStarting = executionStarting;
        StartTimestamp = Stopwatch.GetTimestamp();

        // The compile counts against the run: its token is cancelled at the run's timeout (or with the caller's).
        compileStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        compileStop.CancelAfter(Clamp(options.Limits.Timeout));
    }

    /// <summary>Counts the run toward the runner's periodic memory maintenance, done once its result is out (<see cref="NativeMemoryTrim"/>: the GC's free regions when large, the C allocator's free pages).</summary>
    public bool TrimsNativeMemory { get; init; }

    /// <summary>When the run began (its deadline counts from here, compile included).</summary>
    public long StartTimestamp { get; }

    /// <summary>The gate's, the rewrite's and the emit's token: cancelled at the run's timeout or by the caller.</summary>
    public CancellationToken CompileToken => compileStop.Token;

    public long Id { get; }

    public string Code { get; }

    public RunOptions Options { get; }

    public ScriptGlobals Globals { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Set for a Chain-of-Code run: its emulator channel, and its session once the program starts.</summary>
    public ChainRun? Chain { get; }

    /// <summary>Time the run spent waiting for its emulator, the wait in progress included: not the script's time.</summary>
    public TimeSpan EmulationTime => Chain?.EmulationTime ?? TimeSpan.Zero;

    /// <summary>
    /// The run's result. Its continuations run on the run's own thread as it ends: the answer reaches the caller
    /// without waiting for a thread-pool thread (a script may have blocked them all).
    /// </summary>
    public TaskCompletionSource<ScriptResult> Completion { get; } = new();

    /// <summary>Set when the script starts executing (after the gate, the rewrite and the emit).</summary>
    public TaskCompletionSource Started { get; } = new();

    /// <summary>Set by <see cref="RunWatchdog"/> when the run passed its host deadline (it was killed then).</summary>
    public TaskCompletionSource HostDeadline { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The run's synchronization context, once the script is loaded (a kill wakes its idle wait).</summary>
    public ScriptSynchronizationContext? Continuations
    {
        get
        {
            lock (gate)
            {
                return continuations;
            }
        }

        set
        {
            lock (gate)
            {
                continuations = value;
                if (killReason is not null)
                {
                    value?.Interrupt();
                }
            }
        }
    }

    /// <summary>
    /// Starts the run on a thread of its own for its whole length, its stack sized for the depth limit and the allocation
    /// budget (<see cref="RunThreads.StackBytes"/>).
    /// </summary>
    public void Start() => RunThreads.Start(Execute, "coc-script-" + Id, RunThreads.StackBytes(Options.Limits.MaxAllocatedBytes));

    /// <summary>Ends the run at its next checkpoint (or as soon as its guard exists).</summary>
    public void Kill(string reason)
    {
        lock (gate)
        {
            killReason ??= reason;
            guard?.Kill(reason);
            continuations?.Interrupt();
        }

        Chain?.Stop();
    }

    /// <summary>
    /// The host gave up on the run (its thread sits outside every checkpoint): kill it, and let continuations it
    /// may be blocked on run elsewhere, where the killed guard ends them and so may unblock the thread.
    /// </summary>
    public void Abandon(string reason)
    {
        Kill(reason);
        Continuations?.Forward();
    }

    /// <summary>
    /// Creates the run's guard just before the script's code starts, honouring a kill that came first; in shared mode
    /// when the script may run its code on other threads at once (<paramref name="startsThreads"/>: <see cref="CompiledScript.StartsThreads"/>).
    /// </summary>
    public ScriptGuard AttachGuard(bool startsThreads)
    {
        // The compile is done; the guard takes over the deadline from the same start.
        var runGuard = new ScriptGuard(Options.Limits, CancellationToken, StartTimestamp, startsThreads);
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
        return runGuard;
    }

    private void Execute()
    {
        ScriptResult result;
        try
        {
            result = ScriptPipeline.Run(this);
        }
        catch (Exception exception)
        {
            // The exception may be the script's own (its members are script code): only its type is read here.
            result = new ScriptResult { Status = ScriptStatus.Crashed, Error = MessageSanitizer.Sanitize("The runtime failed: " + ScriptErrorDescription.HostMessage(exception)) };
        }
        finally
        {
            compileStop.Dispose();
        }

        // Counted before the result is out (a caller that awaits it sees the count), trimmed after.
        long counted = TrimsNativeMemory ? NativeMemoryTrim.Count() : 0;
        Started.TrySetResult();
        Completion.TrySetResult(result);
        if (TrimsNativeMemory)
        {
            NativeMemoryTrim.AfterRun(counted);
        }
    }

    private static TimeSpan Clamp(TimeSpan timeout)
    {
        var most = TimeSpan.FromMilliseconds(int.MaxValue - 1);
        return timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout > most ? most : timeout;
    }
}
