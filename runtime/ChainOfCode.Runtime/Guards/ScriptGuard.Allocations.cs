using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// Pre-checks of the allocations one library call would make from its arguments (a size, count, capacity,
/// width, exponent, format or pattern), before the call: the budget counts after the fact, so a single call must
/// not be able to allocate far past it. Which argument of which API is checked, and how, is data: the policy's [guards] lines.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>Longest regular expression pattern a script may build (parsing and matching grow with it).</summary>
    public const int MaxRegexPatternChars = 20_000;

    /// <summary>Deepest nesting a script may give a JSON reader, writer or the serializer (they recurse per level).</summary>
    public const int MaxJsonDepth = 1_000;

    // Inputs of a call whose result grows with several of them, held as they are evaluated (per async flow, so
    // continuations interleaving on the run's thread cannot mix them up).
    private readonly AsyncLocal<ImmutableStack<object?>?> held = new();

    /// <summary>Checks a count before an allocation (array length, capacity, string length, Repeat/Range count).</summary>
    public int Items(int count, int bytesPerItem)
    {
        CheckItems(count, bytesPerItem);
        return count;
    }

    /// <summary>Checks a count before an allocation.</summary>
    public long Items(long count, int bytesPerItem)
    {
        CheckItems(count, bytesPerItem);
        return count;
    }

    /// <summary>Checks a count before an allocation.</summary>
    public uint Items(uint count, int bytesPerItem)
    {
        CheckItems(count, bytesPerItem);
        return count;
    }

    /// <summary>Checks a count before an allocation.</summary>
    public ulong Items(ulong count, int bytesPerItem)
    {
        CheckItems(count > long.MaxValue ? long.MaxValue : (long)count, bytesPerItem);
        return count;
    }

    /// <summary>Checks a count of items of <typeparamref name="T"/> (a type parameter: its size is known at run time).</summary>
    public int ItemsOf<T>(int count, int extraBytesPerItem)
    {
        CheckItems(count, Unsafe.SizeOf<T>() + (long)extraBytesPerItem);
        return count;
    }

    /// <summary>Checks a count of items of <typeparamref name="T"/>.</summary>
    public long ItemsOf<T>(long count, int extraBytesPerItem)
    {
        CheckItems(count, Unsafe.SizeOf<T>() + (long)extraBytesPerItem);
        return count;
    }

    /// <summary>Checks a count of entries holding a <typeparamref name="T1"/> and a <typeparamref name="T2"/>.</summary>
    public int ItemsOf<T1, T2>(int count, int extraBytesPerItem)
    {
        CheckItems(count, Unsafe.SizeOf<T1>() + (long)Unsafe.SizeOf<T2>() + extraBytesPerItem);
        return count;
    }

    /// <summary>Checks a count of bits (a shift, a bit array's length); a negative shift counts too (it shifts the other way).</summary>
    public int Bits(int count)
    {
        CheckBytes(Math.Abs((long)count) / 8);
        return count;
    }

    /// <summary>Checks a count of bits.</summary>
    public long Bits(long count)
    {
        CheckBytes(count == long.MinValue ? long.MaxValue : Math.Abs(count) / 8);
        return count;
    }

    /// <summary>Checks a count of bytes (a stream's capacity, length or position).</summary>
    public int Bytes(int count)
    {
        CheckBytes(count);
        return count;
    }

    /// <summary>Checks a count of bytes.</summary>
    public long Bytes(long count)
    {
        CheckBytes(count);
        return count;
    }

    /// <summary>Checks the alignments and precisions of a composite format string ("{0,999999}", "{0:D999999}").</summary>
    public string? Format(string? format)
    {
        foreach (long width in FormatWidths.OfComposite(format))
        {
            CheckItems(width, 2);
        }

        return format;
    }

    /// <summary>Checks the precision of a standard numeric format string ("D999999999").</summary>
    public string? NumberFormat(string? format)
    {
        CheckItems(FormatWidths.OfNumberFormat(format), 2);
        return format;
    }

    /// <summary>
    /// A number's text: an exponent makes a big integer about exponent × log2(10) bits long, and its digits take time
    /// faster than linear to parse (<see cref="BigWork.Parse"/>).
    /// </summary>
    public string? NumberText(string? text)
    {
        NumberText(text.AsSpan());
        return text;
    }

    /// <summary>A number's text, as a span.</summary>
    public ReadOnlySpan<char> NumberText(ReadOnlySpan<char> text)
    {
        CheckWork(BigWork.Parse(text.Length), "BigInteger.Parse");
        int e = text.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            long exponent = 0;
            foreach (char c in text[(e + 1)..].TrimStart('+'))
            {
                if (!char.IsAsciiDigit(c))
                {
                    break;
                }

                exponent = Math.Min((exponent * 10) + (c - '0'), long.MaxValue / 16);
            }

            // As many digits as the exponent says: items of the number, each worth about 0.42 bytes.
            CheckItems(exponent, 1);
        }

        return text;
    }

    /// <summary>An interpolation hole with a wide alignment or precision: checks the width, passes the value through.</summary>
    public T Wide<T>(T value, int width)
        where T : allows ref struct
    {
        CheckItems(width, 2);
        return value;
    }

    /// <summary>
    /// One of <paramref name="pieces"/> strings concatenated by one expression: the same string may be every piece,
    /// so the whole may take this piece's length times their number.
    /// </summary>
    public string? Piece(string? value, int pieces)
    {
        if (value is not null)
        {
            CheckItems(value.Length, 2L * pieces);
        }

        return value;
    }

    /// <summary>
    /// A spread of a collection expression of several elements: the result may hold its items once for every element
    /// (<paramref name="bytesPerItem"/> is the result's item size times their number). A collection's count is checked;
    /// a lazy sequence is not (the items it yields come from code with checkpoints or from calls checked themselves).
    /// </summary>
    public T Spread<T>(T values, int bytesPerItem)
    {
        if (values is ICollection collection)
        {
            CheckItems(collection.Count, bytesPerItem, itemLimit: false);
        }

        return values;
    }

    /// <summary>A spread of a string's characters: its length, checked.</summary>
    public string? Spread(string? values, int bytesPerItem)
    {
        CheckItems(values?.Length ?? 0, bytesPerItem, itemLimit: false);
        return values;
    }

    /// <summary>A spread of a list: its count, checked (see the other overloads).</summary>
    public List<T>? Spread<T>(List<T>? values, int bytesPerItem)
    {
        CheckItems(values?.Count ?? 0, bytesPerItem, itemLimit: false);
        return values;
    }

    /// <summary>A spread of a set: its count, checked.</summary>
    public HashSet<T>? Spread<T>(HashSet<T>? values, int bytesPerItem)
    {
        CheckItems(values?.Count ?? 0, bytesPerItem, itemLimit: false);
        return values;
    }

    /// <summary>A spread of a span: its length, checked.</summary>
    public ReadOnlySpan<T> Spread<T>(ReadOnlySpan<T> values, int bytesPerItem)
    {
        CheckItems(values.Length, bytesPerItem, itemLimit: false);
        return values;
    }

    /// <summary>A spread of a span: its length, checked.</summary>
    public Span<T> Spread<T>(Span<T> values, int bytesPerItem)
    {
        CheckItems(values.Length, bytesPerItem, itemLimit: false);
        return values;
    }

    /// <summary>A value concatenated to strings as one of <paramref name="pieces"/>: its text (as the concatenation takes it), checked.</summary>
    public string? PieceOf<T>(T value, int pieces) => Piece(TextOf(value), pieces);

    /// <summary>
    /// The last dimension of a multidimensional array creation (the others were held as they were evaluated):
    /// their product times <paramref name="bytesPerItem"/> must fit.
    /// </summary>
    public int Dimensions(int last, int rank, int bytesPerItem)
    {
        CheckItems(Product(last, rank), bytesPerItem);
        return last;
    }

    /// <summary>The last dimension of an array creation, with 64-bit sizes.</summary>
    public long Dimensions(long last, int rank, int bytesPerItem)
    {
        CheckItems(Product(last, rank), bytesPerItem);
        return last;
    }

    /// <summary>The last dimension of an array creation whose element is a type parameter.</summary>
    public int DimensionsOf<T>(int last, int rank)
    {
        CheckItems(Product(last, rank), Unsafe.SizeOf<T>());
        return last;
    }

    /// <summary>The last dimension of an array creation whose element is a type parameter, with 64-bit sizes.</summary>
    public long DimensionsOf<T>(long last, int rank)
    {
        CheckItems(Product(last, rank), Unsafe.SizeOf<T>());
        return last;
    }

    /// <summary>A regular expression's pattern: at most <see cref="MaxRegexPatternChars"/> characters.</summary>
    public string? Pattern(string? pattern)
    {
        if (pattern is not null && pattern.Length > MaxRegexPatternChars)
        {
            Halt(ScriptStatus.MemoryLimit, $"A regular expression of {pattern.Length} characters is longer than the limit of {MaxRegexPatternChars}.");
        }

        return pattern;
    }

    /// <summary>Regular expression options without <c>Compiled</c> (it compiles outside the budget; matches are the same).</summary>
    public RegexOptions Options(RegexOptions options) => options & ~RegexOptions.Compiled;

    /// <summary>A JSON nesting limit, capped at <see cref="MaxJsonDepth"/>.</summary>
    public int JsonDepth(int depth) => depth > MaxJsonDepth ? MaxJsonDepth : depth;

    /// <summary>Holds an input of a call whose result grows with several inputs, until <see cref="Check{T}"/>.</summary>
    public T Hold<T>(T value)
    {
        held.Value = (held.Value ?? ImmutableStack<object?>.Empty).Push(value);
        return value;
    }

    /// <summary>
    /// The last input of such a call: with the inputs held before it (<paramref name="order"/> names them all in
    /// the order they were evaluated), checks what the call <paramref name="member"/> would allocate.
    /// </summary>
    public T Check<T>(T value, string member, string order)
    {
        CheckInputs(value, member, order);
        return value;
    }

    /// <summary>
    /// The input of a static <c>IsMatch</c>, <c>Match</c> or <c>Count</c> call site whose constant pattern has
    /// <paramref name="groups"/> capture groups: its captures checked as <see cref="AmplifiedSizes"/> checks any regex
    /// call's, without holding anything (the groups are known when the script is rewritten).
    /// </summary>
    public string? RegexInput(string? input, int groups)
    {
        if (input is not null)
        {
            MeasureAllocation();
            CheckBytes(AmplifiedSizes.RegexCaptures(input.Length, groups));
        }

        return input;
    }

    /// <summary>A regular expression's input as a span, held as its length until <see cref="Check{T}"/>.</summary>
    public ReadOnlySpan<char> HoldSpan(ReadOnlySpan<char> value)
    {
        Hold<object?>(value.Length);
        return value;
    }

    /// <summary>As <see cref="Check{T}"/> for a regular expression's input as a span (its length).</summary>
    public ReadOnlySpan<char> CheckSpan(ReadOnlySpan<char> value, string member, string order)
    {
        CheckInputs(value.Length, member, order);
        return value;
    }

    /// <summary>
    /// As <see cref="Check{T}"/> for the sequence a join or a concatenation takes. A lazy one (a LINQ chain) is not
    /// enumerated beforehand, and when no script code runs in it (<c>Repeat(s, 60).Concat(...)</c>, <c>Append</c>,
    /// <c>Reverse</c>) nothing checks while the call drains it: it is counted as it is drained instead, every item's
    /// text and separator before the item is handed on, so the call stops at the budget, not gigabytes past it.
    /// </summary>
    public IEnumerable<T>? CheckSequence<T>(IEnumerable<T>? values, string member, string order)
    {
        Dictionary<string, object?> inputs = CheckInputs(values, member, order);
        if (member == "M:System.Linq.Enumerable.Concat")
        {
            return values is null ? null : Stepped(values);
        }

        return values is null || AmplifiedSizes.IsMaterialized(values) ? values : Counted(values, AmplifiedSizes.TextLength(inputs.GetValueOrDefault("separator")));
    }

    /// <summary>
    /// The second sequence of <c>Concat</c>. Concatenating a sequence with itself doubles it without allocating, and
    /// a library call (<c>ToArray</c>, <c>Count</c>) then drains a chain of such doublings with no checkpoint: 30 of
    /// them over <c>Range(0, 1000)</c> are a trillion items, and 60 over an empty sequence are 2^60 enumerators. So the
    /// second sequence passes a checkpoint when its enumeration starts and at every item (in a doubling, every item
    /// but those of the first sequence's first sequence). Counting the lengths instead would not do: a chain of
    /// doublings counts its length by visiting every node.
    /// </summary>
    private IEnumerable<T> Stepped<T>(IEnumerable<T> values)
    {
        Checkpoint();
        foreach (T item in values)
        {
            Checkpoint();
            yield return item;
        }
    }

    private IEnumerable<T> Counted<T>(IEnumerable<T> values, long separator)
    {
        long chars = 0;
        foreach (T item in values)
        {
            chars += separator + AmplifiedSizes.TextLength(item as string ?? (object?)(item as StringBuilder));
            CheckBytes(chars > long.MaxValue / 2 ? long.MaxValue : chars * 2);
            yield return item;
        }
    }

    private Dictionary<string, object?> CheckInputs(object? value, string member, string order)
    {
        string[] names = order.Split(',');
        var inputs = new Dictionary<string, object?>(names.Length, StringComparer.Ordinal)
        {
            [names[^1]] = value,
        };
        ImmutableStack<object?> stack = held.Value ?? ImmutableStack<object?>.Empty;
        for (int i = names.Length - 2; i >= 0 && !stack.IsEmpty; i--)
        {
            stack = stack.Pop(out object? input);
            inputs[names[i]] = input;
        }

        held.Value = stack;
        MeasureAllocation();
        long bytes = AmplifiedSizes.Of(member, inputs, maxItems);
        CheckBytes(bytes);
        if (member == AmplifiedSizes.PowMember)
        {
            CheckWork(BigWork.Power(AmplifiedSizes.PowerWords(inputs)), "BigInteger.Pow");
        }

        return inputs;
    }

    private long Product(long last, int rank)
    {
        long product = Math.Max(0, last);
        ImmutableStack<object?> stack = held.Value ?? ImmutableStack<object?>.Empty;
        for (int i = 1; i < rank && !stack.IsEmpty; i++)
        {
            stack = stack.Pop(out object? dimension);
            long length = dimension switch { int n => n, long n => n, uint n => n, ulong n => n > long.MaxValue ? long.MaxValue : (long)n, _ => 0 };
            product = length <= 0 || product == 0 ? 0 : product > long.MaxValue / length ? long.MaxValue : product * length;
        }

        held.Value = stack;
        return product;
    }

    /// <summary>Checks that <paramref name="bytes"/> more bytes fit the budget.</summary>
    internal void CheckBytes(long bytes) => CheckItems(bytes, 1, itemLimit: false);

    private void CheckItems(long count, long bytesPerItem, bool itemLimit = true)
    {
        if (count <= 0)
        {
            return;
        }

        if (itemLimit && count > maxItems)
        {
            Halt(ScriptStatus.MemoryLimit, $"An allocation of {count} items is larger than the limit of {maxItems}.");
        }

        MeasureAllocation();
        long perItem = Math.Max(1, bytesPerItem);
        long bytes = count > long.MaxValue / perItem ? long.MaxValue : count * perItem;
        if (bytes > maxAllocated - allocated)
        {
            Halt(ScriptStatus.MemoryLimit, itemLimit
                ? $"An allocation of {count} items would pass the allocation budget of {maxAllocated} bytes."
                : $"An allocation of {bytes} bytes would pass the allocation budget of {maxAllocated} bytes.");
        }
    }
}
