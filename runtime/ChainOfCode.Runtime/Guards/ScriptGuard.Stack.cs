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
