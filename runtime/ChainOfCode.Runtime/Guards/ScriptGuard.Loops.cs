using System;
using System.Runtime.CompilerServices;

namespace ChainOfCode.Runtime;

/// <summary>
/// Loop back-edges count their steps in a local of the script's own method (a register), on credit: the guard
/// charges a batch of steps to the run ahead (<see cref="Refill"/>), the loop spends them one per turn and gives
/// back what it did not spend when it ends (<see cref="Settle"/>, from a finally block). Each turn reads the
/// guard's flag too, so a stop, a kill, a host read and the ticker's millisecond reach the loop at once.
/// The step budget stays exact for a loop; credit held by enclosing loops can only end the budget earlier.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>True when the next checkpoint must run the full check (a loop reads it every turn).</summary>
    public bool Interrupted
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => interrupted;
    }

    /// <summary>
    /// A loop's turn found no credit (<paramref name="held"/> is negative) or the flag set (it holds
    /// <paramref name="held"/> unspent steps after paying this turn): settles, runs the full check when one is due
    /// (as <see cref="Checkpoint"/> would), and returns the loop's new credit, already charged to the run: the steps
    /// left before the next full check is due.
    /// </summary>
    public long Refill(long held)
    {
        // After this, the current turn is paid and the loop holds nothing.
        long returned = held < 0 ? -1 : held;
        stepsLeft += returned;
        if (interrupted || stepsLeft <= 0)
        {
            try
            {
                FullCheck();
            }
            catch
            {
                // The loop's finally gives back what it still holds (its local is unchanged).
                stepsLeft -= returned;
                throw;
            }

            if (reading is not null)
            {
                // A host read counts steps of its own, one a turn.
                return 0;
            }
        }

        long grant = stepsLeft - 1;
        if (grant <= 0)
        {
            return 0;
        }

        stepsLeft -= grant;
        return grant;
    }

    /// <summary>The most turns a counted loop may pay at once (it then runs them without a turn of its own).</summary>
    internal const long MaxReserve = 16 * FullCheckInterval;

    /// <summary>
    /// A counted loop (it will turn exactly <paramref name="turns"/> times and cannot leave early) holding
    /// <paramref name="held"/> unspent steps asks to pay all its turns at once: refills as <see cref="Refill"/> does, then
    /// charges the run what the credit lacks, unless the loop turns more than <see cref="MaxReserve"/> times, would pass the
    /// step budget, or runs during a host read. Returns the loop's new credit: at least <paramref name="turns"/> when
    /// granted, else the refill's (the loop then counts its turns one by one).
    /// </summary>
    public long Reserve(long held, long turns)
    {
        long grant = Refill(held);
        if (grant >= turns || turns > MaxReserve || reading is not null || StepCount - grant + turns > maxSteps)
        {
            return grant;
        }

        stepsLeft -= turns - grant;
        return turns;
    }

    /// <summary>Gives back the steps a loop was charged and did not spend (the loop ended).</summary>
    public void Settle(long held)
    {
        if (held > 0)
        {
            stepsLeft += held;
        }
    }
}
