using System;
using System.Diagnostics;
using System.Numerics;

namespace ChainOfCode.Runtime;

/// <summary>
/// <see cref="BigInteger"/> work whose time grows faster than its operands: a multiplication (Karatsuba, about
/// n^1.585 word operations), a division, a power, a modular power, decimal parsing (about n^1.585) and decimal
/// formatting (quadratic). One such call runs no checkpoint, so a 50-million-bit square or the text of a 20-million-bit
/// number ran for minutes past the deadline on an abandoned thread. Before the call the guard estimates its result's
/// size (charged to the allocation budget) and its time from the operands' lengths, and stops the run with
/// <c>timeout</c> when the call could not finish in the time left even on a machine twice as fast as the one the
/// rates were measured on (<see cref="BigWork"/>); small and medium numbers cost microseconds and pass.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary><c>left * right</c>, its result's size and time checked first.</summary>
    public BigInteger BigMultiply(BigInteger left, BigInteger right)
    {
        long a = BigWork.Words(left);
        long b = BigWork.Words(right);
        if (a + b > BigWork.SmallWords)
        {
            CheckBytes(4 * (a + b));
            CheckWork(BigWork.Multiply(a, b), "A BigInteger multiplication");
        }

        return left * right;
    }

    /// <summary><c>dividend / divisor</c>, its time checked first.</summary>
    public BigInteger BigDivide(BigInteger dividend, BigInteger divisor)
    {
        CheckDivision(dividend, divisor);
        return dividend / divisor;
    }

    /// <summary><c>dividend % divisor</c>, its time checked first.</summary>
    public BigInteger BigRemainder(BigInteger dividend, BigInteger divisor)
    {
        CheckDivision(dividend, divisor);
        return dividend % divisor;
    }

    /// <summary><c>BigInteger.ModPow</c>, its time checked first: a squaring and a multiplication, each reduced, per bit of the exponent.</summary>
    public BigInteger BigModPow(BigInteger value, BigInteger exponent, BigInteger modulus)
    {
        long words = Math.Max(BigWork.Words(modulus), 1);
        if (words > BigWork.SmallWords)
        {
            CheckBytes(4 * BigWork.Bytes(modulus));
        }

        CheckWork(BigWork.ModPow(exponent.IsZero ? 0 : (long)exponent.GetBitLength(), words), "BigInteger.ModPow");
        return BigInteger.ModPow(value, exponent, modulus);
    }

    /// <summary>A BigInteger about to be written as text (ToString, a format, an interpolation, the console): its digits and time checked first.</summary>
    public BigInteger BigText(BigInteger value)
    {
        long words = BigWork.Words(value);
        if (words > BigWork.SmallWords)
        {
            CheckItems(BigWork.Digits(value), 2);
            CheckWork(BigWork.Format(words), "The decimal text of a BigInteger");
        }

        return value;
    }

    private void CheckDivision(BigInteger dividend, BigInteger divisor)
    {
        long a = BigWork.Words(dividend);
        long b = BigWork.Words(divisor);
        if (a > BigWork.SmallWords && b > 0 && a >= b)
        {
            CheckWork(BigWork.Multiply(a - b + 1, b) + a, "A BigInteger division");
        }
    }

    /// <summary>Stops the run with <c>timeout</c> when work estimated at <paramref name="nanoseconds"/> cannot finish before the deadline.</summary>
    internal void CheckWork(double nanoseconds, string what)
    {
        if (nanoseconds < BigWork.NegligibleNanoseconds || deadline == long.MaxValue)
        {
            return;
        }

        double left = (deadline - Stopwatch.GetTimestamp()) * (1e9 / Stopwatch.Frequency);
        if (nanoseconds > left)
        {
            Halt(ScriptStatus.Timeout, $"{what} would take about {nanoseconds / 1e9:0.#} s, more than the {Math.Max(0, left) / 1e9:0.#} s left before the deadline.");
        }
    }
}

/// <summary>
/// Time estimates of BigInteger work from the operands' lengths in 32-bit words, in nanoseconds on a machine twice as
/// fast as the one measured (.NET 10, one core of a loaded 2-core machine, thread CPU time: a square of 4 million bits
/// 395 ms, the text of a million bits 2.1 s, a parse of 1.6 million digits 0.8 s, 3^4,000,000 0.7 s, a ModPow with a
/// 64-Kbit modulus and a 2,000-bit exponent 8 s). Upper bounds in shape (the schoolbook and Karatsuba exponents);
/// the constants are the measured rates halved, so only work that could not finish anywhere near the deadline is refused.
/// </summary>
internal static class BigWork
{
    /// <summary>Below this many words every operation is microseconds: not estimated.</summary>
    public const long SmallWords = 1_024;

    /// <summary>Work estimated below this is not compared with the clock.</summary>
    public const double NegligibleNanoseconds = 10_000_000;

    private const double Karatsuba = 0.585;

    public static long Words(BigInteger value) => value.IsZero ? 0 : (long)((value.GetBitLength() + 31) / 32);

    public static long Bytes(BigInteger value) => Words(value) * 4;

    /// <summary>Decimal digits of a value: bits × log10(2), rounded up.</summary>
    public static long Digits(BigInteger value) => (long)(value.GetBitLength() * 0.30103) + 1;

    /// <summary>A product of a and b words: a × b^0.585 word steps (Karatsuba on b-word blocks), 2.5 ns each.</summary>
    public static double Multiply(long a, long b)
    {
        (long longer, long shorter) = a >= b ? (a, b) : (b, a);
        return shorter <= 0 ? 0 : 2.5 * longer * Math.Pow(shorter, Karatsuba);
    }

    /// <summary>A power whose result has <paramref name="words"/> words: its squarings, the last one dominating.</summary>
    public static double Power(double words) => words <= SmallWords ? 0 : 1.5 * Math.Pow(words, 1 + Karatsuba);

    /// <summary>A modular power: per exponent bit a squaring and a multiplication of the modulus' size, each reduced.</summary>
    public static double ModPow(long exponentBits, long modulusWords) => 3 * exponentBits * Multiply(modulusWords, modulusWords);

    /// <summary>Decimal formatting: quadratic in the words, 1 ns a word pair.</summary>
    public static double Format(long words) => (double)words * words;

    /// <summary>Decimal parsing of <paramref name="digits"/> digits: about n^1.585 in the words they make, 2 ns each.</summary>
    public static double Parse(long digits)
    {
        double words = digits / 9.63;
        return words <= SmallWords ? 0 : 2 * Math.Pow(words, 1 + Karatsuba);
    }
}
