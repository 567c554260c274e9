using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime;

/// <summary>
/// The synchronization context of a run's thread: every continuation of an awaiting script comes back to the
/// run's own thread (its large stack, its allocation counter) instead of the thread pool, so a script can
/// neither starve the pool nor depend on it, and the host's completion never waits for pool threads.
/// When the run ends the context closes: work the script left behind (an async lambda it never awaited)
/// is dropped instead of running on after the run.
/// </summary>
internal sealed class ScriptSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> queue = new();
    private readonly object gate = new();
    private bool closed;
    private bool forwarding;
    private bool interrupted;

    /// <summary>Continuations posted after the run ended (work the script left behind, dropped).</summary>
    public int Dropped { get; private set; }

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (gate)
        {
            if (forwarding)
            {
                // The run thread was abandoned while blocked: let the continuation run (and meet the killed guard)
                // on the pool, which may unblock the abandoned thread.
                ThreadPool.UnsafeQueueUserWorkItem(static s => s.Callback(s.State), (Callback: d, State: state), preferLocal: false);
                return;
            }

            if (closed)
            {
                Dropped++;
                return;
            }

            queue.Enqueue((d, state));
            Monitor.Pulse(gate);
        }
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("A script's synchronization context does not run work synchronously from other threads.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>
    /// Runs posted continuations on the calling thread (the run's thread) until <paramref name="task"/> completes or
    /// the <see cref="Stopwatch"/> timestamp <paramref name="deadline"/> gives passes (it moves while a Chain-of-Code run waits for its emulator) or the run is killed
    /// (<see cref="Interrupt"/>). True when the task completed.
    /// </summary>
    public bool RunUntil(Task task, Func<long> deadline)
    {
        // A task that completes elsewhere (it should not, but a continuation may run inline on another thread) wakes the loop.
        task.ContinueWith(static (_, s) => ((ScriptSynchronizationContext)s!).Wake(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        while (true)
        {
            (SendOrPostCallback Callback, object? State) next;
            lock (gate)
            {
                while (queue.Count == 0)
                {
                    if (task.IsCompleted)
                    {
                        return true;
                    }

                    if (interrupted)
                    {
                        return false;
                    }

                    long left = deadline() - Stopwatch.GetTimestamp();
                    if (left <= 0)
                    {
                        return false;
                    }

                    Monitor.Wait(gate, TimeSpan.FromSeconds(Math.Min(left / (double)Stopwatch.Frequency, int.MaxValue / 1000.0)));
                }

                next = queue.Dequeue();
            }

            next.Callback(next.State);
        }
    }

    /// <summary>The run was killed or cancelled: an idle wait for continuations ends now.</summary>
    public void Interrupt()
    {
        lock (gate)
        {
            interrupted = true;
            Monitor.Pulse(gate);
        }
    }

    /// <summary>The run ended: later continuations are dropped, and queued ones with them.</summary>
    public void Close()
    {
        lock (gate)
        {
            closed = true;
            Dropped += queue.Count;
            queue.Clear();
        }
    }

    /// <summary>The run's thread was abandoned: continuations go to the pool, where the killed guard ends them.</summary>
    public void Forward()
    {
        lock (gate)
        {
            forwarding = true;
            while (queue.Count > 0)
            {
                var (callback, state) = queue.Dequeue();
                ThreadPool.UnsafeQueueUserWorkItem(static s => s.Callback(s.State), (Callback: callback, State: state), preferLocal: false);
            }
        }
    }

    private void Wake()
    {
        lock (gate)
        {
            Monitor.Pulse(gate);
        }
    }
}
