using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// The host's deadline of every in-process run, on one dedicated thread: timers and <c>Task.Delay</c> fire on
/// the thread pool, and a script (under a policy that lets it reach the pool) could block every pool thread.
/// When a run passes its host deadline the watchdog kills it at once and completes its <see cref="ScriptRun.HostDeadline"/>.
/// Time a Chain-of-Code run spends waiting for its emulator is not the script's: it moves the deadline.
/// </summary>
internal static class RunWatchdog
{
    private static readonly PriorityQueue<ScriptRun, long> Deadlines = new();
    private static readonly ConditionalWeakTable<ScriptRun, StrongBox<long>> Budgets = new();
    private static readonly object Gate = new();
    private static Thread? thread;

    // When the watchdog looks at the queue next, at the latest (a Stopwatch timestamp; long.MaxValue while it waits for
    // a first run, long.MinValue while it is awake and will look before it waits). A run due later needs no wake-up:
    // sequential runs of one timeout each used to wake the watchdog thread only for it to wait again.
    private static long wakeAt = long.MinValue;

    /// <summary>Watches <paramref name="run"/> until the <see cref="Stopwatch"/> timestamp <paramref name="deadline"/>.</summary>
    public static void Watch(ScriptRun run, long deadline)
    {
        lock (Gate)
        {
            Budgets.AddOrUpdate(run, new StrongBox<long>(deadline));
            Deadlines.Enqueue(run, deadline);
            if (thread is null)
            {
                thread = new Thread(Loop) { IsBackground = true, Name = "coc-run-watchdog" };
                // Shared by every run: it must not carry the execution context (AsyncLocals, Activity) of the first caller.
                thread.UnsafeStart();
            }

            if (deadline < wakeAt)
            {
                Monitor.Pulse(Gate);
            }
        }
    }

    /// <summary>Stops watching a run that ended (so the watchdog holds no finished run until its deadline).</summary>
    public static void Forget(ScriptRun run)
    {
        lock (Gate)
        {
            Deadlines.Remove(run, out _, out _);
        }
    }

    private static void Loop()
    {
        while (true)
        {
            ScriptRun? expired = null;
            lock (Gate)
            {
                while (expired is null)
                {
                    if (!Deadlines.TryPeek(out ScriptRun? next, out long deadline))
                    {
                        wakeAt = long.MaxValue;
                        Monitor.Wait(Gate);
                        wakeAt = long.MinValue;
                        continue;
                    }

                    if (next.Completion.Task.IsCompleted)
                    {
                        Deadlines.Dequeue();
                        continue;
                    }

                    long left = deadline - Stopwatch.GetTimestamp();
                    if (left <= 0)
                    {
                        Deadlines.Dequeue();
                        long moved = Budgets.TryGetValue(next, out StrongBox<long>? start) ? start.Value + (long)(next.EmulationTime.TotalSeconds * Stopwatch.Frequency) : deadline;
                        if (moved > Stopwatch.GetTimestamp())
                        {
                            // The run waited for its emulator meanwhile: watch it until its own time is up.
                            Deadlines.Enqueue(next, moved);
                            continue;
                        }

                        expired = next;
                        break;
                    }

                    double seconds = Math.Min(left / (double)Stopwatch.Frequency, 3600);
                    wakeAt = seconds < 3600 ? deadline : Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
                    Monitor.Wait(Gate, TimeSpan.FromSeconds(seconds));
                    wakeAt = long.MinValue;
                }
            }

            expired.Abandon("The run was abandoned after its deadline.");
            expired.HostDeadline.TrySetResult();
        }
    }
}
