using System;
using System.Collections;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace ChainOfCode.Runtime;

/// <summary>
/// What a call whose result grows with several inputs would allocate, in bytes, from those inputs (held by the
/// guard as they were evaluated): a replacement repeated at every match, a separator between every item, a power,
/// an array's dimensions. An upper bound where the exact size would cost as much as the call.
/// </summary>
internal static class AmplifiedSizes
{
    /// <summary><c>BigInteger.Pow</c>'s member, whose time is checked too (<see cref="BigWork.Power"/>).</summary>
    public const string PowMember = "M:System.Numerics.BigInteger.Pow";

    public static long Of(string member, IReadOnlyDictionary<string, object?> inputs, long maxItems) => member switch
    {
        "M:System.String.Replace" => Chars(Replaced(inputs.GetValueOrDefault("this") as string, inputs)),
        "M:System.Text.StringBuilder.Replace" => Chars(Replaced((inputs.GetValueOrDefault("this") as StringBuilder)?.ToString(), inputs)),
        "M:System.Text.StringBuilder.Insert" => Chars(Multiply(Text(inputs.GetValueOrDefault("value"))?.Length ?? 0, Integer(inputs.GetValueOrDefault("count")))),
        "M:System.String.Join" => Chars(Joined(inputs.GetValueOrDefault("separator"), Items(inputs))),
        "M:System.String.Concat" => Chars(Joined(null, Items(inputs))),
        "M:System.Text.StringBuilder.AppendJoin" => Chars(Joined(inputs.GetValueOrDefault("separator"), Items(inputs))),
        "M:System.String.Format" or "M:System.Text.StringBuilder.AppendFormat" or "M:System.Console.Write" or "M:System.Console.WriteLine"
            or "M:System.IO.TextWriter.Write" or "M:System.IO.TextWriter.WriteLine" => Chars(Formatted(inputs)),
        PowMember => Power(inputs.GetValueOrDefault("value"), Integer(inputs.GetValueOrDefault("exponent"))),
        "M:System.Text.RegularExpressions.Regex.Replace" => Sum(RegexReplacement(inputs.GetValueOrDefault("input") as string, inputs.GetValueOrDefault("replacement") as string), RegexWork(inputs, 0)),
        "M:System.Text.RegularExpressions.Regex.IsMatch" or "M:System.Text.RegularExpressions.Regex.Match" or "M:System.Text.RegularExpressions.Regex.Count"
            or "M:System.Text.RegularExpressions.Regex.EnumerateMatches" or "M:System.Text.RegularExpressions.Regex.EnumerateSplits" => RegexWork(inputs, 0),
        "M:System.Text.RegularExpressions.Regex.Matches" => RegexWork(inputs, RegexBytesPerMatch),
        "M:System.Text.RegularExpressions.Regex.Split" => RegexWork(inputs, RegexBytesPerPiece),
        "M:System.Array.CreateInstance" => ArrayBytes(inputs.GetValueOrDefault("elementType") as Type, inputs, maxItems),
        "M:System.Array.CreateInstanceFromArrayType" => ArrayBytes((inputs.GetValueOrDefault("arrayType") as Type)?.GetElementType(), inputs, maxItems),
        _ => 0,
    };

    /// <summary>What one capture costs a match (measured: 127 bytes a character for "(a)*" over 10 million, 55 for 64 nested groups).</summary>
    internal const long RegexBytesPerCapture = 128;

    /// <summary>What one match of <c>Matches</c> keeps (measured: 237 bytes a match for "a" over 10 million characters).</summary>
    internal const long RegexBytesPerMatch = 256;

    /// <summary>What one piece of <c>Split</c> keeps (a string and its slot).</summary>
    internal const long RegexBytesPerPiece = 64;

    internal static long Sum(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>
    /// The work of a regular expression over its input, whose allocation is not bounded by the input: every position
    /// may start a match, and every capture group may capture at every position (a group in a loop records each
    /// iteration; nested groups all capture at once), so (input length + 1) × (what a call keeps per match + groups ×
    /// a capture). The groups are the instance's, or at most the pattern's opening parentheses (every group has one; a
    /// pattern is not parsed twice); a span input is held as its length. Zero for a
    /// pattern without groups whose call keeps nothing per match.
    /// </summary>
    private static long RegexWork(IReadOnlyDictionary<string, object?> inputs, long perMatch)
    {
        long length = inputs.GetValueOrDefault("input") switch
        {
            string text => text.Length,
            int span => span, // a span's length (ScriptGuard.HoldSpan)
            _ => -1,
        };
        if (length < 0)
        {
            return 0;
        }

        long groups = inputs.GetValueOrDefault("this") is System.Text.RegularExpressions.Regex regex
            ? RegexGroups(regex)
            : PatternGroups(inputs.GetValueOrDefault("pattern") as string);
        return RegexWork(length, groups, perMatch);
    }

    /// <summary>(input length + 1) × (what a call keeps per match + groups × a capture): see <see cref="RegexWork(IReadOnlyDictionary{string, object?}, long)"/>.</summary>
    public static long RegexWork(long length, long groups, long perMatch) => Multiply(length + 1, Sum(perMatch, Multiply(groups, RegexBytesPerCapture)));

    /// <summary>At most a pattern's capture groups: its opening parentheses (every group has one; not a second parse).</summary>
    public static long PatternGroups(string? pattern) => pattern is null ? 0 : pattern.AsSpan().Count('(');

    /// <summary>
    /// An instance's capture groups (without the whole match), counted once per instance: <c>GetGroupNumbers</c>
    /// allocates an array (and walks a table for named groups) on every call, and an instance never changes its groups.
    /// </summary>
    public static long RegexGroups(System.Text.RegularExpressions.Regex regex) =>
        (int)GroupCounts.GetValue(regex, static r => r.GetGroupNumbers().Length - 1);

    private static readonly ConditionalWeakTable<System.Text.RegularExpressions.Regex, object> GroupCounts = new();

    /// <summary>The characters of a <c>Regex.Replace</c> with a replacement pattern, in bytes (see <see cref="RegexReplaced"/>).</summary>
    public static long RegexReplacement(string? input, string? replacement) => Chars(RegexReplaced(input, replacement));

    /// <summary>The captures alone of <paramref name="groups"/> groups over an input (<see cref="ScriptGuard.RegexInput"/>).</summary>
    public static long RegexCaptures(long length, long groups) => Multiply(length + 1, Multiply(groups, RegexBytesPerCapture));

    private static long Chars(long count) => count > long.MaxValue / 2 ? long.MaxValue : count * 2;

    private static long Multiply(long a, long b) => a <= 0 || b <= 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;

    private static long Integer(object? value) => value switch
    {
        int i => i,
        long l => l,
        _ => 0,
    };

    /// <summary>The length of a string, a character or a builder's text; 0 for anything else (its text is not there yet).</summary>
    public static long TextLength(object? value) => value switch
    {
        string s => s.Length,
        char => 1,
        StringBuilder builder => builder.Length,
        _ => 0,
    };

    private static string? Text(object? value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        _ => value?.ToString(),
    };

    /// <summary>A replacement of every occurrence of oldValue: at most the text's length over oldValue's, times the growth.</summary>
    private static long Replaced(string? text, IReadOnlyDictionary<string, object?> inputs)
    {
        string? oldValue = inputs.GetValueOrDefault("oldValue") as string;
        string newValue = inputs.GetValueOrDefault("newValue") as string ?? string.Empty;
        if (text is null || string.IsNullOrEmpty(oldValue) || newValue.Length <= oldValue.Length)
        {
            return 0;
        }

        long growth = newValue.Length - oldValue.Length;
        long bound = text.Length + Multiply(text.Length / oldValue.Length, growth);
        if (bound <= 1_000_000)
        {
            return bound;
        }

        // Large: count the occurrences (ordinal; an ignore-case or culture match is bounded the same way in practice).
        return text.Length + Multiply(text.AsSpan().Count(oldValue.AsSpan()), growth);
    }

    /// <summary>The items of a join or a concatenation: one collection, or arguments written out one by one ("values#0", ...).</summary>
    private static List<object?> Items(IReadOnlyDictionary<string, object?> inputs)
    {
        var items = new List<object?>();
        foreach ((string name, object? value) in inputs)
        {
            string parameter = name.Split('#')[0];
            if (parameter is not ("values" or "value" or "args"))
            {
                continue;
            }

            if (name.Contains('#') || !IsMaterialized(value))
            {
                // A lazy sequence is not enumerated twice (its selectors are the script's code, which checks as it runs).
                items.Add(value);
                continue;
            }

            foreach (object? item in (IEnumerable)value!)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>
    /// A framework collection that holds its items (an array, a list, a set, a repetition): enumerating it runs no
    /// script code and has no effect. LINQ's other iterators run the script's selectors and are left alone.
    /// </summary>
    public static bool IsMaterialized(object? value) =>
        value is IEnumerable and (ICollection or IReadOnlyCollection<object?> or ICollection<string> or IReadOnlyCollection<string>)
        && value.GetType() is { Assembly.IsCollectible: false } type
        && (type.Namespace != "System.Linq" || type.Name.StartsWith("RepeatIterator", StringComparison.Ordinal));

    /// <summary>A join: every item's text, and the separator between items (only a collection's items are known beforehand).</summary>
    private static long Joined(object? separator, List<object?> items)
    {
        long separatorLength = Text(separator)?.Length ?? 0;
        long total = Multiply(separatorLength, Math.Max(0, items.Count - 1));
        foreach (object? item in items)
        {
            if (item is string text)
            {
                total += text.Length;
                if (total > long.MaxValue / 4)
                {
                    return long.MaxValue / 4;
                }
            }
        }

        return total;
    }

    /// <summary>
    /// A composite format: its text, and at every item the text of the argument it names, as often as the format names
    /// it ("{0}{0}{0}..." repeats one string). An argument counts when its text is already there (a string, a builder's
    /// length); any other is formatted once per item by code that checks as it runs (the script's) or that makes a few
    /// characters (numbers, dates).
    /// </summary>
    private static long Formatted(IReadOnlyDictionary<string, object?> inputs)
    {
        string? format = inputs.GetValueOrDefault("format") switch
        {
            string text => text,
            CompositeFormat composite => composite.Format,
            _ => null,
        };
        if (format is null)
        {
            return 0;
        }

        var arguments = new List<object?>();
        foreach ((string name, object? value) in inputs)
        {
            int index = name switch
            {
                "arg0" => 0,
                "arg1" => 1,
                "arg2" => 2,
                _ when name.StartsWith("arg", StringComparison.Ordinal) && name.IndexOf('#') is > 0 and var hash && int.TryParse(name.AsSpan(hash + 1), out int i) => i,
                _ => -1,
            };
            if (index >= 0)
            {
                Place(arguments, index, value);
            }
            else if (name is "args" or "arg" && value is object?[] array)
            {
                for (int i = 0; i < array.Length; i++)
                {
                    Place(arguments, i, array[i]);
                }
            }
        }

        long total = format.Length;
        foreach (int index in FormatWidths.ItemIndexes(format))
        {
            long length = index < arguments.Count ? arguments[index] switch
            {
                string text => text.Length,
                StringBuilder builder => builder.Length,
                _ => 0,
            } : 0;
            total = total > long.MaxValue / 4 - length ? long.MaxValue / 4 : total + length;
        }

        return total;
    }

    private static void Place(List<object?> arguments, int index, object? value)
    {
        while (arguments.Count <= index)
        {
            arguments.Add(null);
        }

        arguments[index] = value;
    }

    /// <summary>A power: the base's size times the exponent (the base is held as written, before its conversion to BigInteger).</summary>
    private static long Power(object? value, long exponent)
    {
        BigInteger big = Base(value);
        return big.IsZero || big.IsOne || big == BigInteger.MinusOne ? 0 : Multiply(big.GetByteCount(), exponent);
    }

    /// <summary>The 32-bit words of a power's result (<c>BigInteger.Pow</c>'s held inputs): the base's bits times the exponent.</summary>
    public static double PowerWords(IReadOnlyDictionary<string, object?> inputs)
    {
        BigInteger big = Base(inputs.GetValueOrDefault("value"));
        return big.IsZero || big.IsOne || big == BigInteger.MinusOne ? 0 : big.GetBitLength() * (double)Integer(inputs.GetValueOrDefault("exponent")) / 32;
    }

    private static BigInteger Base(object? value) => value switch
        {
            BigInteger b => b,
            int i => i,
            long l => l,
            uint u => u,
            ulong u => u,
            short s => s,
            ushort u => u,
            byte b => b,
            sbyte b => b,
            char c => c,
            _ => BigInteger.One,
        };

    /// <summary>
    /// A regular expression replacement: the input, plus at every match (at most one per position and one at the
    /// end) the pattern's literal text, its group references (all matches together at most the input) and its
    /// references to the whole input or what precedes or follows the match ($_, $`, $', each up to the input).
    /// </summary>
    private static long RegexReplaced(string? input, string? replacement)
    {
        if (input is null || string.IsNullOrEmpty(replacement))
        {
            return 0;
        }

        (long literal, long groups, long wholes) = ReplacementParts(replacement);
        long n = input.Length;
        return n + Multiply(n + 1, literal) + Multiply(groups, n) + Multiply(Multiply(wholes, n + 1), n);
    }

    /// <summary>
    /// The characters of <c>Match.Result(replacement)</c>, in bytes: the replacement's literal text, each group reference
    /// at the match's longest group, and each reference to the whole input or what precedes or follows the match ($_,
    /// $`, $') at the input's length. Each reference copies its text again, so a replacement of 100 <c>$0</c> over a
    /// 10-million-character match is 2 GB in one call.
    /// </summary>
    public static long MatchResult(System.Text.RegularExpressions.Match match, string? replacement)
    {
        if (string.IsNullOrEmpty(replacement))
        {
            return 0;
        }

        (long literal, long groups, long wholes) = ReplacementParts(replacement);
        long longestGroup = 0;
        if (groups > 0)
        {
            foreach (System.Text.RegularExpressions.Group group in match.Groups)
            {
                longestGroup = Math.Max(longestGroup, group.Length);
            }
        }

        long input = wholes > 0 ? InputText(match)?.Length ?? 0 : 0;
        return Chars(Sum(Sum(literal, Multiply(groups, longestGroup)), Multiply(wholes, input)));
    }

    // The input a capture was found in (Capture.Text, internal: a match does not show its input).
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Text")]
    private static extern string? InputText(System.Text.RegularExpressions.Capture capture);

    // A replacement pattern's literal characters, group references ($1, ${name}, $&, $+) and references to the input
    // ($_, $`, $'): an upper bound of its parse ("$10" counts a reference and a literal).
    private static (long Literal, long Groups, long Wholes) ReplacementParts(string replacement)
    {
        long literal = 0;
        long groups = 0;
        long wholes = 0;
        for (int i = 0; i < replacement.Length; i++)
        {
            if (replacement[i] != '$' || i + 1 >= replacement.Length)
            {
                literal++;
                continue;
            }

            char next = replacement[i + 1];
            if (next == '$')
            {
                literal++;
                i++;
            }
            else if (next is '_' or '`' or '\'')
            {
                wholes++;
                i++;
            }
            else if (next is '&' or '+' || char.IsAsciiDigit(next) || next == '{')
            {
                groups++;
                i++;
            }
            else
            {
                literal++;
            }
        }

        return (literal, groups, wholes);
    }

    /// <summary>An array of the given dimensions: their product times the element's size (exact, from the runtime).</summary>
    private static long ArrayBytes(Type? element, IReadOnlyDictionary<string, object?> inputs, long maxItems)
    {
        long count = 1;
        foreach ((string name, object? value) in inputs)
        {
            IEnumerable<long> lengths = value switch
            {
                int i when name.StartsWith("length", StringComparison.Ordinal) => [i],
                int[] many => Array.ConvertAll(many, x => (long)x),
                long[] many => many,
                _ => [],
            };
            foreach (long length in lengths)
            {
                count = Multiply(count, Math.Max(0, length));
            }
        }

        if (count > maxItems)
        {
            return long.MaxValue;
        }

        long size = 8;
        if (element is { IsValueType: true, ContainsGenericParameters: false })
        {
            try
            {
                size = RuntimeHelpers.SizeOf(element.TypeHandle);
            }
            catch (ArgumentException)
            {
                size = 8;
            }
        }

        return Multiply(count, size);
    }
}
