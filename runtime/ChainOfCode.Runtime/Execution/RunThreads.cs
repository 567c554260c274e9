using System;
using System.Collections.Concurrent;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// The runs' own threads, each with the run's stack (<see cref="StackBytes"/>). A thread whose run has ended waits a
/// while for the next run instead of exiting: a new thread with a large stack costs a new mapping and a page fault for
/// every page the compiler's recursion touches again (about 0.3 ms of CPU a run). A run never sees another's state:
/// each runs inside <see cref="ExecutionContext.Run"/> on the context of the code that started it (its AsyncLocals,
/// culture and principal, as a new thread would have), which also restores the thread's context and synchronization
/// context when the run ends. A run whose thread never comes back (abandoned past its deadline) keeps it.
/// </summary>
internal static class RunThreads
{
    /// <summary>
    /// Stack of a run's thread: room for the depth limit, the compiler and the stack probe, and for the
    /// recursion the guards cannot see (compiler-synthesized record members, BCL tuple and comparer code
    /// walking a deep data structure). Only the touched part is committed.
    /// </summary>
    public const int StackBytes = 64 * 1024 * 1024;

    /// <summary>How long an idle thread waits for a run before it exits (and gives its stack back).</summary>
    internal static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(10);

    // At most this many threads wait idle; a thread finishing a run beyond that exits.
    private static readonly int MaxIdle = Math.Max(2, Environment.ProcessorCount);

    private static readonly ConcurrentStack<RunThread> Idle = new();

    private static long created;
    private static int running;

    /// <summary>Threads waiting for a run (for tests).</summary>
    internal static int IdleCount => Idle.Count;

    /// <summary>
    /// Runs started and not yet returned, each on its thread: a run the host abandoned at its deadline counts here
    /// until its thread comes back (its maintenance, such as <see cref="NativeMemoryTrim"/>'s count, included).
    /// </summary>
    internal static int Running => Volatile.Read(ref running);

    /// <summary>Run threads started so far (for the benchmarks).</summary>
    internal static long Created => Interlocked.Read(ref created);

    /// <summary>
    /// Waits until no run is running (<see cref="Running"/> is 0), at most <paramref name="bound"/>; false if one still
    /// runs then. For tests that read process-wide counts a run adds as its thread ends: a run an earlier test abandoned
    /// may otherwise end in the middle of them.
    /// </summary>
    internal static bool WaitUntilNoneRunning(TimeSpan bound) => SpinWait.SpinUntil(() => Running == 0, bound);

    /// <summary>Runs <paramref name="body"/> on an idle run thread, or a new one, on the caller's execution context.</summary>
    public static void Start(Action body, string name)
    {
        ExecutionContext? context = ExecutionContext.Capture();
        Interlocked.Increment(ref running);
        while (Idle.TryPop(out RunThread? idle))
        {
            if (idle.TryTake(body, context, name))
            {
                return;
            }
        }

        new RunThread(body, context, name).Start();
    }

    private sealed class RunThread
    {
        private readonly object gate = new();
        private readonly Thread thread;
        private Action? body;
        private ExecutionContext? context;
        private string name;
        private bool exited;

        public RunThread(Action body, ExecutionContext? context, string name)
        {
            this.body = body;
            this.context = context;
            this.name = name;
            thread = new Thread(Loop, StackBytes) { IsBackground = true, Name = name };
            Interlocked.Increment(ref created);
        }

        // The thread's own context stays the default one: each run gets its starter's through ExecutionContext.Run.
        public void Start() => thread.UnsafeStart();

        /// <summary>Hands an idle thread its next run; false when it has exited meanwhile.</summary>
        public bool TryTake(Action next, ExecutionContext? nextContext, string nextName)
        {
            lock (gate)
            {
                if (exited)
                {
                    return false;
                }

                body = next;
                context = nextContext;
                name = nextName;
                Monitor.Pulse(gate);
                return true;
            }
        }

        private void Loop()
        {
            ExecutionContext home = ExecutionContext.Capture()!;
            while (true)
            {
                Action run;
                ExecutionContext? runContext;
                lock (gate)
                {
                    run = body!;
                    runContext = context;
                    body = null;
                    context = null;
                }

                if (thread.Name != name)
                {
                    thread.Name = name;
                }

                // A flow-suppressed starter gets the default context, as a thread it started would.
                try
                {
                    ExecutionContext.Run(runContext ?? home, static state => ((Action)state!)(), run);
                }
                finally
                {
                    Interlocked.Decrement(ref running);
                }

                if (!WaitForNext())
                {
                    return;
                }
            }
        }

        private bool WaitForNext()
        {
            if (Idle.Count >= MaxIdle)
            {
                return false;
            }

            lock (gate)
            {
                Idle.Push(this);
                while (body is null)
                {
                    if (!Monitor.Wait(gate, IdleTimeout) && body is null)
                    {
                        // Popped later, TryTake sees it has exited.
                        exited = true;
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
