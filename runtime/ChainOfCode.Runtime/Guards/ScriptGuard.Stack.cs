using System;
using System.Runtime.CompilerServices;

namespace ChainOfCode.Runtime;

/// <summary>The stack probe: where the run's thread has room enough, and the address of a frame.</summary>
public sealed partial class ScriptGuard
{
    /// <summary>
    /// <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/>, asked only when this frame is not between two frames
    /// of the run's thread that passed it (the probe costs tens of nanoseconds; a call, a few). Never inlined: its own
    /// frame is below everything the caller has put on the stack, a stackalloc included (a local of the caller's frame
    /// sits above its stackalloc'd memory, so it cannot tell how far a loop's stackallocs went).
    /// </summary>
    /// <param name="caller">An address in the frame that asks, or zero: raises the range's ceiling to it once the probe passed.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool StackIsSufficient(nint caller = 0)
    {
        nint here = StackAddress();
        if (StackWithinProbed(here) && (caller == 0 || StackWithinProbed(caller)))
        {
            return true;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return false;
        }

        if (Environment.CurrentManagedThreadId == runThread)
        {
            // The script's share of the run thread's stack ends here; the rest is room for library code walking deep data.
            if (here < scriptStackFloor)
            {
                return false;
            }

            if (stackCeiling == 0)
            {
                stackCeiling = here;
                stackFloor = here;
            }

            stackFloor = Math.Min(stackFloor, here);
            stackCeiling = Math.Max(stackCeiling, Math.Max(here, caller));
            stackSpan = stackCeiling - stackFloor;
        }

        return true;
    }

    /// <summary>
    /// How far below the probed floor the frames of a chain of twins may reach (<see cref="ChainStackLimit"/>): a probe
    /// that passed leaves at least 128 KB of stack below it on a 64-bit runtime (<see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/>),
    /// so the guard's slow path, a full check and a stop's exception still have 96 KB below the deepest twin.
    /// </summary>
    private const int ChainFrameMargin = 32 * 1024;

    /// <summary>
    /// What <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/> leaves below a probe that passes on a 64-bit
    /// runtime: the script's share of the run thread's stack (<see cref="RunThreads.ScriptStackBytes"/>) ends as far above
    /// its end as a thread of that size would.
    /// </summary>
    private const int ProbeReserve = 128 * 1024;

    // The lowest address a probe of the run thread passes: the script's share of the stack below the frame that created
    // the guard (RunThreads gives the run's thread more, for recursion in library code the probe cannot see).
    private nint scriptStackFloor;

    /// <summary>Marks where the script's share of the run thread's stack ends (on the run's thread, as its guard starts).</summary>
    private void StartStack() => scriptStackFloor = StackAddress() - RunThreads.ScriptStackBytes + ProbeReserve;

    // The run thread's current chain of twins (EnterChain): the address of the frame that entered it, its first twin's
    // depth, and the script's bound on one twin's frame.
    private nint chainTop;
    private int chainDepth;
    private int chainFrameBytes = int.MaxValue;

    // The deepest depth at which a twin of the run thread's current chain needs no slow path (Call): at most the deepest
    // depth so far (a new depth is counted) and ChainStackLimit (the frame lies above the floor less the margin). Set by
    // the chain's slow paths (its first call takes one); other threads' twins hold no credit and always take the slow path.
    private int callLimit;

    /// <summary>
    /// The deepest depth at which a twin frame of the current chain, and a leaf's frame below it, lie no lower than
    /// <see cref="ChainFrameMargin"/> below the probed floor: the twin at depth d of the chain lies within (d - chainDepth + 1)
    /// bounded frames below the frame that entered the chain.
    /// </summary>
    private int ChainStackLimit()
    {
        if (stackCeiling == 0)
        {
            return 0;
        }

        long room = (long)chainTop - ((long)stackFloor - ChainFrameMargin);
        long levels = room < 0 ? -1 : room / chainFrameBytes;
        return (int)Math.Clamp(chainDepth - 2 + levels, 0, int.MaxValue);
    }

    // Inlined into Enter at the top of a new frame: nothing of that frame is on the stack yet. One unsigned comparison:
    // false before the first probe (floor and ceiling zero).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool StackWithinProbed(nint here) =>
        (nuint)(here - stackFloor) <= (nuint)stackSpan;

    // An address in the calling frame (inlined: the caller's own frame).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint StackAddress()
    {
        byte marker = 0;
        return Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref marker);
    }
}
