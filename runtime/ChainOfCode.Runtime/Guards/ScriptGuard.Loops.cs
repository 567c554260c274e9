using System;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// Loop back-edges of loops that run no script code (no call, no await, no yield: <c>LoopShape</c> Plain or Bounded)
/// count their steps in a local of the script's own method (a register), on credit: the guard charges a batch of steps
/// to the run ahead (<see cref="Refill"/>), the loop spends them one per turn and gives back what it did not spend when
/// it ends (<see cref="Settle"/>, after the loop or from a finally block; <see cref="Unwinding"/> when an exception leaves
/// it). Every other loop passes a <see cref="Checkpoint"/> each turn. So while credit is held, no other checkpoint runs:
/// the only credit outstanding is that of the code that calls <see cref="Refill"/> (or of a direct-call twin chain,
/// <see cref="CallSlowly"/>, which calls only twins and passes its credit along), and every step-budget decision sees the
/// steps really taken. The budget is exact: a run stops at its first step past it, never before.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>
    /// A loop's turn or a twin's entry found no credit (<paramref name="held"/> is negative; a credit that is not is
    /// given back first, the turn paid): runs the full check when one is due
    /// (as <see cref="Checkpoint"/> would, but setting the next one the credit interval ahead: up to <see cref="MaxReserve"/>
    /// steps, <see cref="NextCreditInterval"/>), and returns the loop's new credit, already charged to the run: the steps
    /// left before the next full check is due.
    /// </summary>
    public long Refill(long held)
    {
        if (shared)
        {
            // No credit when threads may run at once: the turn is counted alone.
            if (held < 0)
            {
                SharedStep();
            }
            else
            {
                Settle(held);
            }

            return 0;
        }

        // After this, the current turn is paid and the loop holds nothing.
        long returned = held < 0 ? -1 : held;
        stepsLeft += returned;
        if (interrupted)
        {
            AdaptCredit();
        }
        else if (stepsLeft <= 0)
        {
            refillsSinceBeat++;
        }

        if (interrupted || stepsLeft <= 0)
        {
            try
            {
                FullCheck(creditInterval);
            }
            catch
            {
                // The loop's finally gives back what it still holds (its local is unchanged). The turn's step stays
                // counted, as at any checkpoint that stops (a stop that repeats takes its step back itself).
                if (returned > 0)
                {
                    stepsLeft -= returned;
                }

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

    // The steps between two full checks due by the step count while credit is spent (a refill grants up to this many).
    // Each beat of the ticker (about every millisecond) that finds at least RefillsPerBeatToGrow refills that ran such a
    // full check since the last beat scales it so that about RefillsPerBeatToGrow / 2 would have come (up to MaxReserve,
    // what a counted loop may pay at once); a beat that finds fewer than two sets it back to FullCheckInterval. A tight
    // loop (a nanosecond a turn) then runs a full check every 16,384 turns instead of every 1,024 (each check and the
    // loop's restart after it cost about 200 ns on this VM: a fifth of a nanosecond a turn), while the credit of a loop
    // whose turns are slow stays small enough that a deadline, a kill and a cancellation reach it within about a beat.
    private long creditInterval = FullCheckInterval;
    private long refillsSinceBeat;
    internal const int RefillsPerBeatToGrow = 8;

    /// <summary>
    /// A refill found the flag raised (the ticker's beat, about every millisecond; or a stop, a kill, a host read):
    /// scales the credit interval by how many full checks the step count brought since the last beat.
    /// </summary>
    private void AdaptCredit()
    {
        creditInterval = NextCreditInterval(creditInterval, refillsSinceBeat);
        refillsSinceBeat = 0;
    }

    /// <summary>
    /// The credit interval after a beat that found <paramref name="refills"/> full checks due by the step count since the
    /// last one, at <paramref name="interval"/>: scaled to about <see cref="RefillsPerBeatToGrow"/> / 2 such checks a beat
    /// when there were at least <see cref="RefillsPerBeatToGrow"/> (at most <see cref="MaxReserve"/>),
    /// <see cref="FullCheckInterval"/> when there were fewer than two, else unchanged.
    /// </summary>
    internal static long NextCreditInterval(long interval, long refills) =>
        refills >= RefillsPerBeatToGrow ? Math.Min(interval * (Math.Min(refills, MaxReserve) * 2 / RefillsPerBeatToGrow), MaxReserve)
        : refills < 2 ? FullCheckInterval
        : interval;

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
        if (shared || grant >= turns || turns > MaxReserve || reading is not null || StepCount - grant + turns > maxSteps)
        {
            return grant;
        }

        stepsLeft -= turns - grant;
        return turns;
    }

    /// <summary>
    /// The filter of a credited loop's <c>try</c> (never true): an exception is leaving the loop, and the script's catch
    /// filters may run script code before the loop's finally settles; gives back the unspent <paramref name="held"/>
    /// now and returns what the loop holds after it, nothing.
    /// </summary>
    public long Unwinding(long held)
    {
        Settle(held);
        return 0;
    }

    /// <summary>
    /// Gives back the steps a loop was charged and did not spend (the loop ended). Code that runs next, which holds no
    /// credit, reaches its next full check within <see cref="FullCheckInterval"/> steps, as after any full check.
    /// </summary>
    public void Settle(long held)
    {
        if (shared)
        {
            if (held > 0)
            {
                Interlocked.Add(ref sharedSteps, -held);
            }

            return;
        }

        if (held > 0)
        {
            stepsLeft += held;
        }

        if (stepsLeft > FullCheckInterval)
        {
            // The steps counted (nextFullCheck - stepsLeft) stay as they are: only the next full check moves closer.
            nextFullCheck -= stepsLeft - FullCheckInterval;
            stepsLeft = FullCheckInterval;
        }
    }
}
