using System.Collections.Generic;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// The clock of every guard in the process, on one dedicated thread (the thread pool may be blocked by a
/// script): about every millisecond it raises each guard's flag, so that its next checkpoint runs the full check
/// (clock, cancellation, allocation budget, heap sample, stack) while the others read a flag and count a step.
/// The thread sleeps while no run is guarded.
/// </summary>
internal static class GuardTicker
{
    private static readonly List<ScriptGuard> Guards = [];
    private static readonly object Gate = new();
    private static Thread? thread;

    /// <summary>Watches <paramref name="guard"/> until its run is stopped or killed (every run's end kills its guard).</summary>
    public static void Watch(ScriptGuard guard)
    {
        lock (Gate)
        {
            Guards.Add(guard);
            if (thread is null)
            {
                thread = new Thread(Loop) { IsBackground = true, Name = "coc-guard-ticker" };
                // Shared by every run: it must not carry the execution context (AsyncLocals, Activity) of the first caller.
                thread.UnsafeStart();
            }

            Monitor.Pulse(Gate);
        }
    }

    private static void Loop()
    {
        while (true)
        {
            lock (Gate)
            {
                while (Guards.Count == 0)
                {
                    Monitor.Wait(Gate);
                }
            }

            Thread.Sleep(1);
            lock (Gate)
            {
                Guards.RemoveAll(guard => !guard.Tick());
            }
        }
    }
}
