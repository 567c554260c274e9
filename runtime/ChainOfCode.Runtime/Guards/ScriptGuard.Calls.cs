using System;
using System.Runtime.CompilerServices;

namespace ChainOfCode.Runtime;

/// <summary>
/// Calls between the script's direct-call functions (<see cref="ThrowFreeFunctions.IsDirect"/>): each has a twin that
/// takes one hidden parameter, the chain's state (its step credit and its depth room packed in one <c>long</c>:
/// <see cref="TwinState"/>), and returns the state with its value (<see cref="Credited{T}"/>). A twin's entry is
/// <c>state -= ScriptGuard.CallStep; if (ScriptGuard.Due(state)) state = guard.CallSlowly(state);</c>: one subtraction pays the
/// call's step and takes a level, one test of the bits that send it to the slow path; the guard is read only on the slow path (off the script
/// object or the holder), so a twin keeps no guard and no depth in a register across its calls. The credit is charged to
/// the run ahead, as a loop's (<see cref="Refill"/>), so steps stay exact.
/// </summary>
public sealed partial class ScriptGuard
{
    // The state: the credit in the low CreditBits bits (two's complement: -1 after the call that spent the last step) and
    // the room above them, state = room * 2^CreditBits + credit. Room is callLimit minus the twin's depth on the run thread's
    // chain (negative past it) and -1 minus the depth on another thread (always negative: every call takes the slow path).
    private const int CreditBits = 20;

    /// <summary>The most credit a twin's state holds (a refill grants at most <see cref="MaxReserve"/>, less than this).</summary>
    public const long MaxTwinCredit = (1L << (CreditBits - 1)) - 1;

    /// <summary>What a twin's return gives back to its caller's state: the level its entry took.</summary>
    public const long ReturnStep = 1L << CreditBits;

    /// <summary>What a twin's entry takes from the state: one step of credit and one level of room.</summary>
    public const long CallStep = ReturnStep + 1;

    private const long CreditSign = 1L << (CreditBits - 1);

    // The room a state holds without its entry taking the slow path: RoomBits bits above the credit, so that one test of
    // the bits outside them (and the credit's sign) is the whole entry check. The slow path keeps callLimit within
    // MaxTwinRoom levels of the depth it re-encodes; a room beyond it (returns above that depth) takes one slow path.
    private const int RoomBits = 11;

    /// <summary>The most room (levels below the chain's limit) a twin's entry takes without the slow path.</summary>
    internal const long MaxTwinRoom = (1L << RoomBits) - 1;

    // Set when the entry's room is negative or above MaxTwinRoom, or its credit is spent: bits 31-63 and the credit's sign
    // (an imm32 the JIT sign-extends into one test).
    private const long DueBits = ~((1L << (CreditBits + RoomBits)) - 1) | CreditSign;

    /// <summary>The state of <paramref name="credit"/> steps (-1 to <see cref="MaxTwinCredit"/>) and <paramref name="room"/> levels.</summary>
    internal static long TwinState(long room, long credit) => (room << CreditBits) + credit;

    /// <summary>The credit of a twin's state: its low bits, sign-extended.</summary>
    internal static long CreditOf(long state) => (state << (64 - CreditBits)) >> (64 - CreditBits);

    /// <summary>The room of a twin's state.</summary>
    internal static long RoomOf(long state) => (state - CreditOf(state)) >> CreditBits;

    /// <summary>
    /// True when a twin's entry must take the slow path: its credit is spent, or its room (its depth past the chain's limit),
    /// or its room is above <see cref="MaxTwinRoom"/> (the slow path re-encodes it). One test and one branch.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Due(long state) => (state & DueBits) != 0;

    /// <summary>True when a leaf twin's entry spent more credit than its state held.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Overdrawn(long state) => (state & CreditSign) != 0;

    /// <summary>
    /// A wrapper's entry into its twin (<see cref="ThrowFreeFunctions.IsDirect"/>): returns the state the twin starts from (no
    /// credit, so its first entry takes the slow path: the step, the depth, the probe, the chain's limit) and, on the run's
    /// thread, starts a chain: its frame's address, depth and the script's bound on a twin's frame
    /// (<paramref name="frameBytes"/>, <see cref="ThrowFreeFunctions.TwinFrameBytes"/>). A twin calls only twins, so on one
    /// thread chains follow one another and never nest, and a twin at depth d of the chain has its frame no lower than
    /// (d - chain depth + 1) frames below this one. Never inlined: its frame is where the twin's will be.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public long EnterChain(int frameBytes)
    {
        int depth = Depth + 1;
        nint here = StackAddress();
        bool runThreadChain = !shared && OnRunThreadStack(StackWithinProbed(here));
        if (runThreadChain)
        {
            chainTop = here;
            chainDepth = depth;
            chainFrameBytes = Math.Max(frameBytes, 1);
        }

        // The twin's entry takes a level: the state holds its caller's room.
        return TwinState(Room(depth - 1, runThreadChain), 0);
    }

    // A twin's room at depth: callLimit less the depth on the run thread's chain, -1 less it elsewhere.
    private long Room(long depth, bool runThreadChain) => runThreadChain ? callLimit - depth : -1 - depth;

    /// <summary>
    /// A twin's slow path (<see cref="Due"/>), with the state after its entry: the step (a refill when the credit is spent), a
    /// new depth counted against the depth limit, the frame probed when the chain's bound does not place it above the
    /// probed range; returns the state with the credit left and the room to the chain's new limit.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public long CallSlowly(long state)
    {
        bool runThreadChain = !shared && OnRunThreadStack(StackWithinProbed(StackAddress()));
        long room = RoomOf(state);
        // The room's depth: callLimit changes only here, on the run thread, where every state of its chain is re-encoded
        // (the state passes from call to return through every twin of the chain, never copied).
        long depth = runThreadChain ? callLimit - room : -1 - room;
        long credit = Called((int)Math.Clamp(depth, 0, int.MaxValue), CreditOf(state));
        credit = Capped(credit);
        if (runThreadChain && (ulong)(callLimit - depth) > MaxTwinRoom)
        {
            // A room Due would not pass (above MaxTwinRoom) or none (past the limit, where Called may have left it): the
            // limit again, within MaxTwinRoom levels of this depth. Lowering it only sends more entries to this path.
            callLimit = (int)Math.Min(Math.Min(deepest, ChainStackLimit()), depth + MaxTwinRoom);
        }

        return TwinState(Room(depth, runThreadChain), credit);
    }

    /// <summary>A leaf twin's slow path (<see cref="Overdrawn"/>): the step a loop's turn pays without credit; the room unchanged.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public long SpendSlowly(long state)
    {
        return TwinState(RoomOf(state), Capped(Refill(CreditOf(state))));
    }

    // Credit as much as a twin's state holds: any more goes back to the run.
    private long Capped(long credit)
    {
        if (credit <= MaxTwinCredit)
        {
            return credit;
        }

        Settle(credit - MaxTwinCredit);
        return MaxTwinCredit;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long Called(int depth, long credit)
    {
        if (shared)
        {
            return SharedCalled(depth, credit);
        }

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
                HaltPastDepthLimit();
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
                HaltPastStack();
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
        Settle(CreditOf(result.Credit));
        return result.Value;
    }

    /// <summary>A twin's call inside a twin: the callee's value, its state back into the caller's register with the level the callee's entry took.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Take<T>(Credited<T> result, out long state)
    {
        state = result.Credit + ReturnStep;
        return result.Value;
    }

    /// <summary>A leaf twin's call inside a twin: the callee's value and its state (a leaf takes no level).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T TakeFromLeaf<T>(Credited<T> result, out long state)
    {
        state = result.Credit;
        return result.Value;
    }
}
