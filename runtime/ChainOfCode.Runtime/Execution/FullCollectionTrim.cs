using System;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// Trims the C allocator's free pages on the finalizer thread after a full collection, when the runner's maintenance
/// asked for it. An unloaded script's load context gives its native memory back late: a full collection finds its
/// loader allocator dead, the finalizer thread destroys it, and its native structures (the assembly, its image,
/// type-loader tables) are freed on the finalizer thread after a later full collection, before that pass runs the
/// finalizers. Those frees land in glibc's arenas at whatever moment the collection comes, usually after the
/// maintenance's last trim, where they stay resident until the next one (and for good when the host falls idle after
/// its last script). This sentinel is garbage from the start and re-registers itself: its finalizer
/// runs in the finalizer thread's pass after each full collection, after that pass has freed the destroyed contexts,
/// and trims when the maintenance armed it (<see cref="Arm"/>: the next <see cref="TrimsPerArm"/> full collections,
/// the one that destroys a context and the one after it that frees it). So it trims at most twice every
/// <see cref="NativeMemoryTrim.Every"/> runs, and never in a process that runs no scripts.
/// </summary>
internal sealed class FullCollectionTrim
{
    /// <summary>Full collections after which one arming trims: a context is destroyed after one and freed after the next.</summary>
    public const int TrimsPerArm = 2;

    private static int created;
    private static int pending;
    private static int lastFullCount;
    private static long trims;

    private FullCollectionTrim()
    {
    }

    ~FullCollectionTrim()
    {
        AfterCollection(GC.CollectionCount(GC.MaxGeneration));
        GC.ReRegisterForFinalize(this);
    }

    /// <summary>The trims made after full collections so far (tests and benchmarks).</summary>
    public static long Trims => Interlocked.Read(ref trims);

    /// <summary>Asks for a trim after each of the next <see cref="TrimsPerArm"/> full collections; the first call makes the sentinel.</summary>
    public static void Arm()
    {
        Volatile.Write(ref pending, TrimsPerArm);
        if (Interlocked.Exchange(ref created, 1) == 0)
        {
            lastFullCount = GC.CollectionCount(GC.MaxGeneration);
            // Unreferenced from the start: the GC finds it dead at every collection of its generation (every full one,
            // once it is old) and queues its finalizer.
            _ = new FullCollectionTrim();
        }
    }

    /// <summary>On the finalizer thread: trims when a full collection came since the last call and a trim is still asked for.</summary>
    private static void AfterCollection(int fullCount)
    {
        // The sentinel is finalized after ephemeral collections too while it is young: those free no context.
        if (fullCount == lastFullCount)
        {
            return;
        }

        lastFullCount = fullCount;
        if (Volatile.Read(ref pending) > 0)
        {
            Interlocked.Decrement(ref pending);
            if (NativeMemoryTrim.TrimNow())
            {
                Interlocked.Increment(ref trims);
            }
        }
    }
}
