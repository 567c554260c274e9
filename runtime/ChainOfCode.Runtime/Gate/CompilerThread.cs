using System;
using System.Threading;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime;

/// <summary>
/// Runs compiler work on untrusted source where it can neither overflow its caller's stack nor keep its caller
/// waiting: on a thread of its own with a large stack, under a deadline and the caller's cancellation. Roslyn
/// observes its token in most loops but not all (overload resolution over nested lambdas, generic expansion),
/// so work that has not stopped a short grace after its token was cancelled is abandoned: its thread runs on in
/// the background until the compiler is done with it, and the caller has its answer now. A process that must
/// not keep such a thread (the <c>coc</c> tool, a worker) ends or is recycled after answering.
/// </summary>
internal static class CompilerThread
{
    /// <summary>
    /// Stack of the thread: far more than the compiler needs for input under the gate's nesting caps, so the
    /// caps and Roslyn's own stack guard (a catchable InsufficientExecutionStackException) answer first. Only
    /// the touched part is committed.
    /// </summary>
    public const int StackBytes = 256 * 1024 * 1024;

    /// <summary>How long cancelled work may take to notice its token before it is abandoned.</summary>
    public static readonly TimeSpan CancellationGrace = TimeSpan.FromMilliseconds(500);

    private static long threads;

    /// <summary>Runs <paramref name="work"/> and answers by <paramref name="deadline"/> (plus <see cref="CancellationGrace"/>) at the latest.</summary>
    public static async Task<CompilerOutcome<T>> RunAsync<T>(Func<CancellationToken, T> work, TimeSpan deadline, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var done = new TaskCompletionSource<CompilerOutcome<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken token = stop.Token;
        var thread = new Thread(
            () =>
            {
                try
                {
                    done.TrySetResult(CompilerOutcome<T>.Completed(work(token)));
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    done.TrySetResult(CompilerOutcome<T>.Stopped);
                }
                catch (Exception e)
                {
                    // Roslyn's stack guard (InsufficientExecutionStackException) and anything else the compiler throws.
                    done.TrySetResult(CompilerOutcome<T>.Failed(e));
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "coc-compiler-" + Interlocked.Increment(ref threads).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        thread.Start();

        Task finished = await Task.WhenAny(done.Task, Task.Delay(Clamp(deadline), cancellationToken)).ConfigureAwait(false);
        if (finished == done.Task)
        {
            return await done.Task.ConfigureAwait(false);
        }

        // Past the deadline, or cancelled by the caller: ask the work to stop, then give up on it.
        bool cancelled = cancellationToken.IsCancellationRequested;
        stop.Cancel();
        finished = await Task.WhenAny(done.Task, Task.Delay(CancellationGrace, CancellationToken.None)).ConfigureAwait(false);
        if (finished == done.Task && done.Task.Result.Status == CompilerOutcomeStatus.Completed)
        {
            return done.Task.Result;
        }

        done.TrySetResult(CompilerOutcome<T>.Stopped);
        return cancelled ? CompilerOutcome<T>.Cancelled : CompilerOutcome<T>.TimedOut;
    }

    /// <summary>The synchronous form, for callers that are on a thread of their own already.</summary>
    public static CompilerOutcome<T> Run<T>(Func<CancellationToken, T> work, TimeSpan deadline, CancellationToken cancellationToken) =>
        RunAsync(work, deadline, cancellationToken).GetAwaiter().GetResult();

    private static TimeSpan Clamp(TimeSpan deadline)
    {
        var most = TimeSpan.FromMilliseconds(int.MaxValue - 1);
        return deadline < TimeSpan.Zero ? TimeSpan.Zero : deadline > most ? most : deadline;
    }
}
