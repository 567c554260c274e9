using System.Runtime.CompilerServices;

namespace ChainOfCode.Runtime;

/// <summary>
/// Calls between the script's direct-call functions (<see cref="ThrowFreeFunctions.IsDirect"/>): each has a twin that
/// takes the guard, its own depth and the caller's step credit as hidden parameters and returns its unspent credit with
/// its value (<see cref="Credited{T}"/>). Depth and credit then live in registers: a call is a decrement, two loads and
/// compares, no store to the guard, where <see cref="Enter"/> chains read-modify-writes of the guard's fields from one
/// call to the next. The credit is charged to the run ahead, as a loop's (<see cref="Refill"/>), so steps stay exact.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>
    /// Entry of a direct-call twin at depth <paramref name="depth"/>, holding <paramref name="credit"/> steps (the call not
    /// paid yet): pays the call's step and returns the credit left. A new depth, an exhausted credit or a frame below the
    /// stack range the probe passed take the slow path, which counts the depth, refills and probes as <see cref="Enter"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Call(int depth, long credit)
    {
        nint here = StackAddress();
        if (--credit < 0 || depth > deepest || !StackWithinProbed(here))
        {
            credit = CallSlowly(depth, credit, here);
        }

        return credit;
    }

    /// <summary>Entry of a direct-call leaf's twin: it needs no depth and no probe (<see cref="ThrowFreeFunctions.IsLeaf"/>), only its step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Spend(long credit) => --credit < 0 ? Refill(credit) : credit;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long CallSlowly(int depth, long credit, nint frame)
    {
        if (credit < 0)
        {
            // The call's step: what a loop's turn does without credit (a full check when one is due, a stop if the run stopped).
            credit = Refill(credit);
        }

        if (depth > deepest)
        {
            if (depth > maxDepth)
            {
                Settle(credit);
                Halt(ScriptStatus.RecursionLimit, $"The script's calls nested deeper than {maxDepth} levels.");
            }

            // The guard's own depth (deepest - depthRoom) is the twins' caller's, and stays so.
            depthRoom += depth - deepest;
            deepest = depth;
        }

        if (!StackIsSufficient(frame))
        {
            Settle(credit);
            Halt(ScriptStatus.RecursionLimit, "The script's calls nested too deep for the stack.");
        }

        return credit;
    }

    /// <summary>The depth of a call entered now from outside the twins (a wrapper passes it to its twin).</summary>
    public int CallDepth => Depth + 1;

    /// <summary>A wrapper's return: gives back the credit its twin did not spend and returns the twin's value.</summary>
    public T Settled<T>(Credited<T> result)
    {
        Settle(result.Credit);
        return result.Value;
    }

    /// <summary>A twin's call inside a twin: the callee's value, its unspent credit back into the caller's register.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Take<T>(Credited<T> result, out long credit)
    {
        credit = result.Credit;
        return result.Value;
    }
}
