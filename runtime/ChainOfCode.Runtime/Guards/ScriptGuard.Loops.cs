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
        steps -= returned;
        if (interrupted || steps >= nextFullCheck)
        {
            try
            {
                FullCheck();
            }
            catch
            {
                // The loop's finally gives back what it still holds (its local is unchanged).
                steps += returned;
                throw;
            }

            if (reading is not null)
            {
                // A host read counts steps of its own, one a turn.
                return 0;
            }
        }

        long grant = nextFullCheck - 1 - steps;
        if (grant <= 0)
        {
            return 0;
        }

        steps += grant;
        return grant;
    }

    /// <summary>Gives back the steps a loop was charged and did not spend (the loop ended).</summary>
    public void Settle(long held)
    {
        if (held > 0)
        {
            steps -= held;
        }
    }
}
