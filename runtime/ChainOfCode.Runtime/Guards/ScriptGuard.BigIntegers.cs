using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
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
        CheckProduct(left, right);
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

    /// <summary><c>BigInteger.DivRem(dividend, divisor)</c>, its time checked first.</summary>
    public (BigInteger Quotient, BigInteger Remainder) BigDivRem(BigInteger dividend, BigInteger divisor)
    {
        CheckDivision(dividend, divisor);
        return BigInteger.DivRem(dividend, divisor);
    }

    /// <summary><c>BigInteger.DivRem(dividend, divisor, out remainder)</c>, its time checked first.</summary>
    public BigInteger BigDivRem(BigInteger dividend, BigInteger divisor, out BigInteger remainder)
    {
        CheckDivision(dividend, divisor);
        return BigInteger.DivRem(dividend, divisor, out remainder);
    }

    /// <summary><c>BigInteger.GreatestCommonDivisor</c>, its time checked first: a division, then a quadratic walk of the shorter.</summary>
    public BigInteger BigGreatestCommonDivisor(BigInteger left, BigInteger right)
    {
        long a = BigWork.Words(left);
        long b = BigWork.Words(right);
        if (a > BigWork.SmallWords && b > BigWork.SmallWords)
        {
            CheckWork(BigWork.GreatestCommonDivisor(a, b), "BigInteger.GreatestCommonDivisor");
        }

        return BigInteger.GreatestCommonDivisor(left, right);
    }

    /// <summary><c>BigInteger.Pow</c> as a method group made a delegate: its size and time checked as a call's are.</summary>
    public BigInteger BigPow(BigInteger value, int exponent)
    {
        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal) { ["value"] = value, ["exponent"] = exponent };
        MeasureAllocation();
        CheckBytes(AmplifiedSizes.Of(AmplifiedSizes.PowMember, inputs, maxItems));
        CheckWork(BigWork.Power(AmplifiedSizes.PowerWords(inputs)), "BigInteger.Pow");
        return BigInteger.Pow(value, exponent);
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

    /// <summary>
    /// The right operand of a product in generic code or of a compound assignment (<c>a[i++] *= b</c>, <c>T x; x * y</c>):
    /// a <see cref="Multiplier{TSelf, TOther, TResult}"/> whose operator checks a big integer product first.
    /// </summary>
    public Multiplier<TSelf, TOther, TResult> MultiplyBy<TSelf, TOther, TResult>(TOther value)
        where TSelf : IMultiplyOperators<TSelf, TOther, TResult> => new(this, value);

    /// <summary>The right operand of a quotient in generic code or of a compound <c>/=</c>: a big integer division checked first.</summary>
    public Divisor<TSelf, TOther, TResult> DivideBy<TSelf, TOther, TResult>(TOther value)
        where TSelf : IDivisionOperators<TSelf, TOther, TResult> => new(this, value);

    /// <summary>The right operand of a remainder in generic code or of a compound <c>%=</c>: a big integer division checked first.</summary>
    public Modulus<TSelf, TOther, TResult> RemainderBy<TSelf, TOther, TResult>(TOther value)
        where TSelf : IModulusOperators<TSelf, TOther, TResult> => new(this, value);

    /// <summary>The right operand of a lifted <c>*</c> (<c>BigInteger? a; a * b</c>, <c>a *= b</c>): null stays null, as the lifted operator's.</summary>
    public Multiplier<TSelf, TOther, TResult>? LiftedMultiplyBy<TSelf, TOther, TResult>(TOther? value)
        where TSelf : IMultiplyOperators<TSelf, TOther, TResult>
        where TOther : struct => value is { } v ? new(this, v) : null;

    /// <summary>The right operand of a lifted <c>/</c>.</summary>
    public Divisor<TSelf, TOther, TResult>? LiftedDivideBy<TSelf, TOther, TResult>(TOther? value)
        where TSelf : IDivisionOperators<TSelf, TOther, TResult>
        where TOther : struct => value is { } v ? new(this, v) : null;

    /// <summary>The right operand of a lifted <c>%</c>.</summary>
    public Modulus<TSelf, TOther, TResult>? LiftedRemainderBy<TSelf, TOther, TResult>(TOther? value)
        where TSelf : IModulusOperators<TSelf, TOther, TResult>
        where TOther : struct => value is { } v ? new(this, v) : null;

    /// <summary>A number's text parsed by generic math (<c>T.Parse(s, styles, provider)</c>): checked as <see cref="NumberText(string?)"/> when <typeparamref name="TSelf"/> is a big integer.</summary>
    public string? NumberTextOf<TSelf>(string? text)
    {
        if (typeof(TSelf) == typeof(BigInteger))
        {
            NumberText(text.AsSpan());
        }

        return text;
    }

    /// <summary><c>T.Parse</c> of generic math as a method group made a delegate: the text checked as a call's (<see cref="NumberTextOf{TSelf}(string?)"/>).</summary>
    public TSelf NumberParse<TSelf>(string s, NumberStyles style, IFormatProvider? provider)
        where TSelf : INumberBase<TSelf> => TSelf.Parse(NumberTextOf<TSelf>(s)!, style, provider);

    /// <summary><c>T.Parse(s, provider)</c> as a method group made a delegate.</summary>
    public TSelf NumberParse<TSelf>(string s, IFormatProvider? provider)
        where TSelf : IParsable<TSelf> => TSelf.Parse(NumberTextOf<TSelf>(s)!, provider);

    /// <summary>A number's text parsed by generic math, as a span.</summary>
    public ReadOnlySpan<char> NumberTextOf<TSelf>(ReadOnlySpan<char> text) => typeof(TSelf) == typeof(BigInteger) ? NumberText(text) : text;

    /// <summary>
    /// A shift's amount (<c>x &lt;&lt; n</c>, <c>a[i] &lt;&lt;= n</c>, also in generic code) when the value is a
    /// <see cref="BigInteger"/>: the result's bytes and the buffer the library rents to build it (the next power of two),
    /// up to three times the result, must fit the budget (a right shift by a negative amount is a left shift).
    /// </summary>
    public TOther ShiftBits<TSelf, TOther>(TOther amount)
    {
        if (typeof(TSelf) == typeof(BigInteger))
        {
            long bits = amount switch { int n => n, long n => n, _ => 0 };
            CheckBytes(bits == long.MinValue ? long.MaxValue : 3 * (Math.Abs(bits) / 8));
        }

        return amount;
    }

    /// <summary><c>T.DivRem(a, b)</c> in generic code: a big integer division's time checked first.</summary>
    public (TSelf Quotient, TSelf Remainder) NumberDivRem<TSelf>(TSelf left, TSelf right)
        where TSelf : IBinaryInteger<TSelf>
    {
        if (typeof(TSelf) == typeof(BigInteger))
        {
            CheckDivision((BigInteger)(object)left, (BigInteger)(object)right);
        }

        return TSelf.DivRem(left, right);
    }

    /// <summary><c>T.MultiplyAddEstimate(a, b, c)</c> in generic code (a big integer's is <c>a * b + c</c>): the product checked first.</summary>
    public TSelf NumberMultiplyAddEstimate<TSelf>(TSelf left, TSelf right, TSelf addend)
        where TSelf : INumberBase<TSelf>
    {
        if (typeof(TSelf) == typeof(BigInteger))
        {
            CheckProduct((BigInteger)(object)left, (BigInteger)(object)right);
        }

        return TSelf.MultiplyAddEstimate(left, right, addend);
    }

    /// <summary>A product of <typeparamref name="TSelf"/> by <typeparamref name="TOther"/>, checked first when both are big integers.</summary>
    internal void CheckProduct<TSelf, TOther>(TSelf left, TOther right)
    {
        if (typeof(TSelf) == typeof(BigInteger) && typeof(TOther) == typeof(BigInteger))
        {
            CheckProduct((BigInteger)(object)left!, (BigInteger)(object)right!);
        }
    }

    /// <summary>A quotient or remainder of <typeparamref name="TSelf"/> by <typeparamref name="TOther"/>, checked first when both are big integers.</summary>
    internal void CheckDivision<TSelf, TOther>(TSelf dividend, TOther divisor)
    {
        if (typeof(TSelf) == typeof(BigInteger) && typeof(TOther) == typeof(BigInteger))
        {
            CheckDivision((BigInteger)(object)dividend!, (BigInteger)(object)divisor!);
        }
    }

    private void CheckProduct(BigInteger left, BigInteger right)
    {
        long a = BigWork.Words(left);
        long b = BigWork.Words(right);
        if (a + b > BigWork.SmallWords)
        {
            CheckBytes(4 * (a + b));
            CheckWork(BigWork.Multiply(a, b), "A BigInteger multiplication");
        }
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
/// The right operand of <c>*</c> as the guard rewrite passes it in generic code and in a compound assignment
/// (<c>target *= __cocRun.MultiplyBy&lt;TSelf, TOther, TResult&gt;(value)</c>): the language evaluates the target once,
/// whatever its shape (an element at <c>i++</c>, a property, a call's result), and this operator checks a big integer
/// product before it runs (<see cref="ScriptGuard.BigMultiply"/>).
/// </summary>
public readonly struct Multiplier<TSelf, TOther, TResult>
    where TSelf : IMultiplyOperators<TSelf, TOther, TResult>
{
    private readonly ScriptGuard guard;
    private readonly TOther value;

    internal Multiplier(ScriptGuard guard, TOther value) => (this.guard, this.value) = (guard, value);

    /// <summary><c>left * value</c>, a big integer product checked first.</summary>
    public static TResult operator *(TSelf left, Multiplier<TSelf, TOther, TResult> right)
    {
        right.guard.CheckProduct(left, right.value);
        return left * right.value;
    }

    /// <summary><c>checked(left * value)</c>, a big integer product checked first.</summary>
    public static TResult operator checked *(TSelf left, Multiplier<TSelf, TOther, TResult> right)
    {
        right.guard.CheckProduct(left, right.value);
        return checked(left * right.value);
    }
}

/// <summary>The right operand of <c>/</c> in generic code and in a compound assignment (<see cref="Multiplier{TSelf, TOther, TResult}"/>).</summary>
public readonly struct Divisor<TSelf, TOther, TResult>
    where TSelf : IDivisionOperators<TSelf, TOther, TResult>
{
    private readonly ScriptGuard guard;
    private readonly TOther value;

    internal Divisor(ScriptGuard guard, TOther value) => (this.guard, this.value) = (guard, value);

    /// <summary><c>left / value</c>, a big integer division checked first.</summary>
    public static TResult operator /(TSelf left, Divisor<TSelf, TOther, TResult> right)
    {
        right.guard.CheckDivision(left, right.value);
        return left / right.value;
    }

    /// <summary><c>checked(left / value)</c>, a big integer division checked first.</summary>
    public static TResult operator checked /(TSelf left, Divisor<TSelf, TOther, TResult> right)
    {
        right.guard.CheckDivision(left, right.value);
        return checked(left / right.value);
    }
}

/// <summary>The right operand of <c>%</c> in generic code and in a compound assignment (<see cref="Multiplier{TSelf, TOther, TResult}"/>).</summary>
public readonly struct Modulus<TSelf, TOther, TResult>
    where TSelf : IModulusOperators<TSelf, TOther, TResult>
{
    private readonly ScriptGuard guard;
    private readonly TOther value;

    internal Modulus(ScriptGuard guard, TOther value) => (this.guard, this.value) = (guard, value);

    /// <summary><c>left % value</c>, a big integer division checked first.</summary>
    public static TResult operator %(TSelf left, Modulus<TSelf, TOther, TResult> right)
    {
        right.guard.CheckDivision(left, right.value);
        return left % right.value;
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

    /// <summary>
    /// A greatest common divisor: the longer reduced by the shorter (a division), then Lehmer's walk, quadratic in the
    /// shorter: 0.93 ns a word pair measured, 0.45 here.
    /// </summary>
    public static double GreatestCommonDivisor(long a, long b)
    {
        (long longer, long shorter) = a >= b ? (a, b) : (b, a);
        return Multiply(longer - shorter + 1, shorter) + 0.45 * shorter * shorter;
    }

    /// <summary>Decimal formatting: quadratic in the words, 1 ns a word pair.</summary>
    public static double Format(long words) => (double)words * words;

    /// <summary>Decimal parsing of <paramref name="digits"/> digits: about n^1.585 in the words they make, 2 ns each.</summary>
    public static double Parse(long digits)
    {
        double words = digits / 9.63;
        return words <= SmallWords ? 0 : 2 * Math.Pow(words, 1 + Karatsuba);
    }
}
