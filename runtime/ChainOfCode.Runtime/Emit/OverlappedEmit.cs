using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Runtime;

/// <summary>
/// The guarded compile of a script beside the gate's analyzer passes. Once the gate knows the script compiles
/// (<see cref="Start"/>, on the gate's thread: the script's declarations and bodies are bound, the model holds what the
/// rewrite asks), the guard rewrite runs there and the image-only emit is offered to a run thread of its own while the
/// gate's thread runs the analyzer passes. The image is only bytes until the verdict: <see cref="Result"/> takes it for
/// an accepted script (or emits on the calling thread if the offered thread has not started yet: a busy machine never
/// waits for a core), <see cref="Discard"/> stops and waits out the emit of a script the gate refused (or of a gate that
/// threw), so nothing of it is loaded, nothing of it runs on, and what it threw is never seen.
/// </summary>
internal sealed class OverlappedEmit
{
    private readonly GateOptions options;
    private readonly CancellationToken cancellationToken;
    private readonly Action<Action> offer;
    private readonly ManualResetEventSlim done = new();
    private CancellationTokenSource? stop;
    private CSharpCompilation? guarded;
    private bool usesSerializer;
    private EmittedImage? emitted;
    private ExceptionDispatchInfo? failure;
    private int taken;

    private static long ranBeside;

    /// <summary>Emits that ran on their offered thread, not taken back by the gate's (for the benchmarks).</summary>
    internal static long RanBeside => Interlocked.Read(ref ranBeside);

    /// <summary>The overlapped compile of one script under <paramref name="options"/>; <paramref name="offer"/> starts an action on another thread with the compiler's stack.</summary>
    public OverlappedEmit(GateOptions options, CancellationToken cancellationToken, Action<Action> offer)
    {
        this.options = options;
        this.cancellationToken = cancellationToken;
        this.offer = offer;
    }

    /// <summary>Whether the gate called <see cref="Start"/> (the script compiled).</summary>
    public bool Started { get; private set; }

    /// <summary>The gate's hook: the rewrite here, the emit offered to another thread. Throws only cancellation.</summary>
    public void Start(SemanticModel model)
    {
        Started = true;
        try
        {
            guarded = GuardRewriter.Apply((CSharpCompilation)model.Compilation, model.SyntaxTree, cancellationToken, options.Policy, model);
            usesSerializer = SerializerCaches.IsNamedIn(model.SyntaxTree, options.Policy, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // The rewrite saw a script the gate may still refuse: what it threw counts only if the gate accepts.
            failure = ExceptionDispatchInfo.Capture(e);
            taken = 1;
            return;
        }

        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        offer(Run);
    }

    /// <summary>The compiled script of an accepted verdict: the image emitted beside the gate, or here if its thread has not started.</summary>
    public CompiledScript Result(GateResult verdict, Func<CompiledScript> rebuild)
    {
        if (Interlocked.Exchange(ref taken, 1) == 0)
        {
            // The offered thread has not started: the emit runs here, as without the overlap.
            stop!.Dispose();
            done.Dispose();
            CSharpCompilation compilation = guarded!;
            guarded = null;
            return ScriptEmitter.Emitted(ScriptEmitter.EmitImage(compilation, cancellationToken), verdict, usesSerializer, rebuild);
        }

        Finish();
        failure?.Throw();
        EmittedImage image = emitted!;
        emitted = null;
        return ScriptEmitter.Emitted(image, verdict, usesSerializer, rebuild);
    }

    /// <summary>The gate refused the script or threw: the emit never starts, or is stopped and waited out; its bytes and errors are dropped.</summary>
    public void Discard()
    {
        if (Interlocked.Exchange(ref taken, 1) == 0)
        {
            stop?.Dispose();
            done.Dispose();
            guarded = null;
            return;
        }

        stop?.Cancel();
        Finish();
        emitted = null;
        failure = null;
    }

    // Runs on the offered thread, which outlives this compile: it lets go of the compilation once done. Never throws.
    private void Run()
    {
        if (Interlocked.Exchange(ref taken, 1) != 0)
        {
            return;
        }

        Interlocked.Increment(ref ranBeside);
        try
        {
            CSharpCompilation compilation = guarded!;
            guarded = null;
            emitted = ScriptEmitter.EmitImage(compilation, stop!.Token);
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            done.Set();
        }
    }

    private void Finish()
    {
        if (stop is not null)
        {
            done.Wait();
            stop.Dispose();
        }

        done.Dispose();
    }
}
