using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// The runs' own threads, each with the run's stack (<see cref="StackBytes"/>). A thread whose run has ended waits a
/// while for the next run of the same stack size instead of exiting: a new thread with a large stack costs a new mapping
/// and a page fault for every page the compiler's recursion touches again (about 0.3 ms of CPU a run). A run never sees
/// another's state: each runs inside <see cref="ExecutionContext.Run"/> on the context of the code that started it (its
/// AsyncLocals, culture and principal, as a new thread would have), which also restores the thread's context and
/// synchronization context when the run ends. A run whose thread never comes back (abandoned past its deadline) keeps it.
/// </summary>
internal static class RunThreads
{
    /// <summary>
    /// The part of a run's stack the script's own frames, the compiler and the guards may use: room for the depth limit,
    /// the compiler and the stack probe (the guard's probe ends the script's recursion there, whatever the thread's size).
    /// </summary>
    public const int ScriptStackBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Stack bytes a run's thread has below <see cref="ScriptStackBytes"/> for every byte the run may allocate: room for
    /// recursion inside library code over data the script built, where no script code runs at any level (the
    /// compiler-written members of anonymous types, tuples, structural comparers, chained query operators). Every level
    /// of such data is an object the allocation budget counts (24 bytes at least); the deepest recursion measured takes
    /// 31 stack bytes for each byte a level allocates (docs/runtime.md), so below <see cref="MaxStackBytes"/> a chain the
    /// budget lets the script build fits, and a deeper one ends the run with <c>memory_limit</c> while it is built.
    /// </summary>
    public const int StackBytesPerAllocatedByte = 32;

    /// <summary>
    /// The largest stack (the thread constructor takes an <see cref="int"/>), in whole 64 MiB: it covers a budget of
    /// 60 MiB at <see cref="StackBytesPerAllocatedByte"/> (the default budget, 256 MiB, gets 7.5 bytes a byte). Only the touched part is committed.
    /// </summary>
    public const int MaxStackBytes = 31 * ScriptStackBytes;

    /// <summary>
    /// The stack of a run that may allocate <paramref name="maxAllocatedBytes"/>: <see cref="ScriptStackBytes"/> and
    /// <see cref="StackBytesPerAllocatedByte"/> for each byte of the budget, in whole 64 MiB, at most <see cref="MaxStackBytes"/>.
    /// </summary>
    public static int StackBytes(long maxAllocatedBytes)
    {
        long budget = Math.Clamp(maxAllocatedBytes, 0, MaxStackBytes);
        long wanted = ScriptStackBytes + (budget * StackBytesPerAllocatedByte);
        long rounded = (wanted + ScriptStackBytes - 1) / ScriptStackBytes * ScriptStackBytes;
        return (int)Math.Min(rounded, MaxStackBytes);
    }

    /// <summary>How long an idle thread waits for a run before it exits (and gives its stack back).</summary>
    internal static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(10);

    // At most this many threads of one stack size wait idle, and at most MaxIdleInAll of every size; a thread finishing a
    // run beyond that exits. Counted by size, runs of one budget keep their threads while runs of other budgets come and go.
    internal static readonly int MaxIdle = Math.Max(2, Environment.ProcessorCount);
    internal static readonly int MaxIdleInAll = 4 * MaxIdle;

    // The idle threads by stack size.
    private static readonly ConcurrentDictionary<int, IdleThreads> Idle = new();

    // Threads waiting for a run, of every size.
    private static int waitingInAll;

    private static long created;
    private static long retired;
    private static int running;

    /// <summary>Threads of a stack of <paramref name="stackBytes"/> waiting for a run (for tests).</summary>
    internal static int IdleCountOf(int stackBytes) => Idle.TryGetValue(stackBytes, out IdleThreads? idle) ? Volatile.Read(ref idle.Waiting) : 0;

    /// <summary>Threads waiting for a run, of every stack size.</summary>
    internal static int IdleCount => Volatile.Read(ref waitingInAll);

    /// <summary>
    /// Runs started and not yet returned, each on its thread: a run the host abandoned at its deadline counts here
    /// until its thread comes back (its maintenance, such as <see cref="NativeMemoryTrim"/>'s count, included).
    /// </summary>
    internal static int Running => Volatile.Read(ref running);

    /// <summary>Run threads that exited after a run that reached below the script's share of their stack (for tests).</summary>
    internal static long Retired => Interlocked.Read(ref retired);

    /// <summary>Run threads started so far (for the benchmarks).</summary>
    internal static long Created => Interlocked.Read(ref created);

    /// <summary>
    /// Waits until no run is running (<see cref="Running"/> is 0), at most <paramref name="bound"/>; false if one still
    /// runs then. For tests that read process-wide counts a run adds as its thread ends: a run an earlier test abandoned
    /// may otherwise end in the middle of them.
    /// </summary>
    internal static bool WaitUntilNoneRunning(TimeSpan bound) => SpinWait.SpinUntil(() => Running == 0, bound);

    /// <summary>Runs <paramref name="body"/> on a run thread with the stack of a run of the default budget.</summary>
    public static void Start(Action body, string name) => Start(body, name, StackBytes(RunLimits.Default.MaxAllocatedBytes));

    /// <summary>
    /// Runs <paramref name="body"/> on an idle run thread with a stack of <paramref name="stackBytes"/>, or a new one, on
    /// the caller's execution context.
    /// </summary>
    public static void Start(Action body, string name, int stackBytes)
    {
        ExecutionContext? context = ExecutionContext.Capture();
        Interlocked.Increment(ref running);
        IdleThreads idle = Idle.GetOrAdd(stackBytes, static _ => new IdleThreads());
        while (idle.Stack.TryPop(out RunThread? thread))
        {
            if (thread.TryTake(body, context, name))
            {
                return;
            }
        }

        try
        {
            new RunThread(body, context, name, stackBytes, idle).Start();
        }
        catch (OutOfMemoryException) when (stackBytes > ScriptStackBytes)
        {
            // The system refused to reserve the large stack (an address-space limit, strict overcommit): the run gets the
            // script's share, the stack it had before deep data was given room, rather than failing.
            IdleThreads small = Idle.GetOrAdd(ScriptStackBytes, static _ => new IdleThreads());
            new RunThread(body, context, name, ScriptStackBytes, small).Start();
        }
    }

    private sealed class RunThread
    {
        private readonly object gate = new();
        private readonly Thread thread;
        private readonly int stackBytes;
        private readonly IdleThreads idle;
        private Action? body;
        private ExecutionContext? context;
        private string name;
        private bool exited;

        public RunThread(Action body, ExecutionContext? context, string name, int stackBytes, IdleThreads idle)
        {
            this.body = body;
            this.context = context;
            this.name = name;
            this.stackBytes = stackBytes;
            this.idle = idle;
            thread = new Thread(Loop, stackBytes) { IsBackground = true, Name = name };
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

                idle.Leave();
                body = next;
                context = nextContext;
                name = nextName;
                Monitor.Pulse(gate);
                return true;
            }
        }

        private void Loop()
        {
            nint top = StackAddress();
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

                // A run that reached below the script's share (deep data walked by library code) leaves its pages committed:
                // the thread exits and gives them back instead of keeping them while it waits.
                if (WentBelowScriptShare(top))
                {
                    Interlocked.Increment(ref retired);
                    return;
                }

                if (!WaitForNext())
                {
                    return;
                }
            }
        }

        /// <summary>
        /// Whether the page just below the script's share of the stack is resident (Linux's <c>mincore</c>; elsewhere
        /// false: the thread keeps what a run touched until it exits, at most <see cref="IdleTimeout"/> after its last run).
        /// </summary>
        private bool WentBelowScriptShare(nint top)
        {
            if (!OperatingSystem.IsLinux() || stackBytes < ScriptStackBytes + (2 * Page))
            {
                return false;
            }

            nint below = (top - ScriptStackBytes - Page) & ~(nint)(Page - 1);
            byte resident = 0;
            try
            {
                return mincore(below, (nuint)Page, ref resident) == 0 && (resident & 1) != 0;
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
                return false;
            }
        }

        private bool WaitForNext()
        {
            if (Volatile.Read(ref idle.Waiting) >= MaxIdle || IdleCount >= MaxIdleInAll)
            {
                return false;
            }

            lock (gate)
            {
                Interlocked.Increment(ref idle.Waiting);
                Interlocked.Increment(ref waitingInAll);
                idle.Stack.Push(this);
                while (body is null)
                {
                    if (!Monitor.Wait(gate, IdleTimeout) && body is null)
                    {
                        // Popped later, TryTake sees it has exited.
                        exited = true;
                        idle.Leave();
                        return false;
                    }
                }

                return true;
            }
        }
    }

    /// <summary>
    /// The idle threads of one stack size. A thread that timed out stays in <see cref="Stack"/> until a start pops it
    /// (and finds it exited), so the caps count <see cref="Waiting"/>, the threads still waiting, not the stack's items.
    /// </summary>
    private sealed class IdleThreads
    {
        public readonly ConcurrentStack<RunThread> Stack = new();

        public int Waiting;

        // A waiting thread was handed a run or timed out (under its gate: once).
        public void Leave()
        {
            Interlocked.Decrement(ref Waiting);
            Interlocked.Decrement(ref waitingInAll);
        }
    }

    private static readonly int Page = Environment.SystemPageSize;

    // An address in the calling frame (inlined: the caller's own frame).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint StackAddress()
    {
        byte marker = 0;
        return Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref marker);
    }

    [DllImport("libc", SetLastError = false)]
#pragma warning disable SYSLIB1054 // A plain P/Invoke; LibraryImport would need unsafe code for one call.
    private static extern int mincore(nint address, nuint length, ref byte residency);
#pragma warning restore SYSLIB1054
}
