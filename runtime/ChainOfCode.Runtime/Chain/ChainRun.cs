using System;
using System.Threading;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// What makes a script run a Chain-of-Code run: the options, the channel to the emulator, and once the
/// program starts, its <see cref="ChainSession"/> (the trace and the counts are read from it afterwards).
/// </summary>
internal sealed class ChainRun : IDisposable
{
    private readonly CancellationTokenSource stop;
    private ChainSession? session;

    public ChainRun(ChainOptions options, IEmulationChannel channel, CancellationToken cancellationToken)
    {
        Options = options;
        Channel = channel;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    public ChainOptions Options { get; }

    public IEmulationChannel Channel { get; }

    /// <summary>The session, once the program has started (null when the gate refused it).</summary>
    public ChainSession? Session => Volatile.Read(ref session);

    /// <summary>Time spent waiting for the emulator so far, the wait in progress included: not the program's time.</summary>
    public TimeSpan EmulationTime => Session?.EmulationTime ?? TimeSpan.Zero;

    /// <summary>Ends a wait for the emulator now (the run was killed; its guard ends it at the next checkpoint).</summary>
    public void Stop()
    {
        try
        {
            stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run is over.
        }
    }

    public void Dispose() => stop.Dispose();

    public ChainSession Start(ChainPlan plan, ScriptGuard guard, string question)
    {
        var started = new ChainSession(plan, guard, Channel, Options, question, stop.Token);
        Volatile.Write(ref session, started);
        return started;
    }

    /// <summary>The script's result with the trace of the run.</summary>
    public ChainResult Complete(ScriptResult result, int emulatorCalls) =>
        ChainResult.From(result, Session?.Trace ?? [], Session?.TraceTruncated ?? false, emulatorCalls);
}
