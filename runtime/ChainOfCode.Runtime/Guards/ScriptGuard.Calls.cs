using System;
using System.Runtime.CompilerServices;

namespace ChainOfCode.Runtime;

/// <summary>
/// Calls between the script's direct-call functions (<see cref="ThrowFreeFunctions.IsDirect"/>): each has a twin that
/// takes the guard, its own depth and the caller's step credit as hidden parameters and returns its unspent credit with
/// its value (<see cref="Credited{T}"/>). Depth and credit then live in registers: a call is a decrement, one load and one
/// sign test (<see cref="Call"/>), no store to the guard and no stack address, where <see cref="Enter"/> chains read-modify-writes of the guard's fields from one
/// call to the next. The credit is charged to the run ahead, as a loop's (<see cref="Refill"/>), so steps stay exact.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>
    /// Entry of a direct-call twin at depth <paramref name="depth"/>, holding <paramref name="credit"/> steps (the call not
    /// paid yet): pays the call's step and returns the credit left. One load and one sign test: <see cref="callLimit"/> is
    /// the deepest depth at which a twin of the run thread's current chain needs neither a new depth counted nor its stack
    /// probed (<see cref="CallSlowly"/>); an exhausted credit or a depth past it takes the slow path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Call(int depth, long credit)
    {
        if ((--credit | (long)(callLimit - depth)) < 0)
        {
            credit = CallSlowly(depth, credit);
        }

        return credit;
    }

    /// <summary>Entry of a direct-call leaf's twin: it needs no depth and no probe (<see cref="ThrowFreeFunctions.IsLeaf"/>), only its step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Spend(long credit) => --credit < 0 ? Refill(credit) : credit;

    /// <summary>
    /// A wrapper's entry into its twin (<see cref="ThrowFreeFunctions.IsDirect"/>): returns the twin's depth and, on the run's
    /// thread, starts a chain: its frame's address, depth and the script's bound on a twin's frame
    /// (<paramref name="frameBytes"/>, <see cref="ThrowFreeFunctions.TwinFrameBytes"/>). A twin calls only twins, so on one
    /// thread chains follow one another and never nest, and a twin at depth d of the chain has its frame no lower than
    /// (d - chain depth + 1) frames below this one. The twin's first call takes the slow path (the wrapper passes no credit),
    /// which sets <see cref="callLimit"/> for the chain. Never inlined: its frame is where the twin's will be.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int EnterChain(int frameBytes)
    {
        int depth = Depth + 1;
        nint here = StackAddress();
        if (OnRunThreadStack(StackWithinProbed(here)))
        {
            chainTop = here;
            chainDepth = depth;
            chainFrameBytes = Math.Max(frameBytes, 1);
        }

        return depth;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long CallSlowly(int depth, long credit)
    {
        // Below the twin's frame: an address as deep as anything the twin put on the stack.
        nint here = StackAddress();
        bool probed = StackWithinProbed(here);
        if (credit >= 0 && depth <= deepest && probed)
        {
            // A frame deeper than the chain's bound allows (a deep recursion): it lies within the probed range itself.
            return credit;
        }

        bool runThreadChain = OnRunThreadStack(probed);
        if (!runThreadChain)
        {
            // Another thread (a continuation, a pool thread): callLimit is the run thread's chain's. Pay this call's step
            // alone and hold no credit, so that every call of this chain takes the slow path and its frame is probed.
            if (credit < 0)
            {
                Checkpoint();
            }
            else
            {
                Settle(credit);
            }

            credit = 0;
        }
        else if (credit < 0)
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

        if (!runThreadChain || depth > ChainStackLimit())
        {
            // A frame that the chain's bound does not place above the probed range: probed on its own, as Enter does.
            if (!StackIsSufficient(here))
            {
                Settle(credit);
                Halt(ScriptStatus.RecursionLimit, "The script's calls nested too deep for the stack.");
            }
        }

        if (runThreadChain)
        {
            callLimit = (int)Math.Min(deepest, ChainStackLimit());
        }

        return credit;
    }

    // The run thread's stack: a frame within the range its probe passed, or any frame of the run thread itself.
    private bool OnRunThreadStack(bool probed) => probed || Environment.CurrentManagedThreadId == runThread;

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
