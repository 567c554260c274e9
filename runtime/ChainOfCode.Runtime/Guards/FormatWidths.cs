using System.Collections.Generic;

namespace ChainOfCode.Runtime;

/// <summary>
/// The widths a format string asks for: an item's alignment ("{0,999999}") pads the item to that many characters,
/// and a standard numeric format's precision ("D999999999") pads the number to that many digits.
/// </summary>
internal static class FormatWidths
{
    /// <summary>Widths this small are not worth a check.</summary>
    public const int Small = 1_000;

    /// <summary>The alignments and precisions of a composite format string's items.</summary>
    public static IEnumerable<long> OfComposite(string? format)
    {
        foreach (string item in Items(format))
        {
            int colon = item.IndexOf(':');
            string head = colon < 0 ? item : item[..colon];
            int comma = head.IndexOf(',');
            if (comma >= 0 && long.TryParse(head[(comma + 1)..].Trim(), out long alignment))
            {
                yield return alignment == long.MinValue ? long.MaxValue : System.Math.Abs(alignment);
            }

            if (colon >= 0)
            {
                yield return OfNumberFormat(item[(colon + 1)..]);
            }
        }
    }

    /// <summary>The argument index of every item of a composite format string, in order ("{0}{1,5}{0:D}": 0, 1, 0).</summary>
    public static IEnumerable<int> ItemIndexes(string format)
    {
        foreach (string item in Items(format))
        {
            int digits = 0;
            while (digits < item.Length && item[digits] == ' ')
            {
                digits++;
            }

            int index = 0;
            bool any = false;
            while (digits < item.Length && char.IsAsciiDigit(item[digits]) && index < 1_000_000)
            {
                index = index * 10 + (item[digits] - '0');
                digits++;
                any = true;
            }

            if (any)
            {
                yield return index;
            }
        }
    }

    // The text between the braces of each item of a composite format string ("{{" is a literal brace); stops at an
    // item that is not closed.
    private static IEnumerable<string> Items(string? format)
    {
        if (format is null)
        {
            yield break;
        }

        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] != '{')
            {
                continue;
            }

            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                i++;
                continue;
            }

            int end = format.IndexOf('}', i);
            if (end < 0)
            {
                yield break;
            }

            yield return format[(i + 1)..end];
            i = end;
        }
    }

    /// <summary>The precision of a standard numeric format ("D123", "F99", "X8"), or 0.</summary>
    public static long OfNumberFormat(string? format)
    {
        if (format is not { Length: > 1 } || !char.IsAsciiLetter(format[0]))
        {
            return 0;
        }

        long precision = 0;
        for (int i = 1; i < format.Length; i++)
        {
            if (!char.IsAsciiDigit(format[i]))
            {
                return 0;
            }

            precision = System.Math.Min(precision * 10 + (format[i] - '0'), long.MaxValue / 16);
        }

        return precision;
    }
}
