using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChainOfCode.Cli;

/// <summary>Durations (<c>500ms</c>, <c>5s</c>, <c>1m</c>) and sizes (<c>64MB</c>, <c>1GB</c>, bytes) as the options accept them.</summary>
public static partial class ValueParsers
{
    /// <summary>Parses a positive duration; null and an error message when the text is not one.</summary>
    public static TimeSpan? ParseDuration(string text, out string? error)
    {
        Match match = DurationPattern().Match(text.Trim());
        error = null;
        if (!match.Success
            || !double.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double amount))
        {
            error = $"'{text}' is not a duration; use a number with ms, s or m, for example 500ms, 5s or 1m.";
            return null;
        }

        double milliseconds = match.Groups[2].Value.ToLowerInvariant() switch
        {
            "ms" => amount,
            "s" => amount * 1000,
            _ => amount * 60_000,
        };
        if (milliseconds < 1 || milliseconds > TimeSpan.FromDays(1).TotalMilliseconds)
        {
            error = $"'{text}' is out of range; a duration must be between 1ms and 24 hours.";
            return null;
        }

        return TimeSpan.FromMilliseconds(milliseconds);
    }

    /// <summary>Parses a positive size in bytes (<c>1024</c>, <c>64KB</c>, <c>64MB</c>, <c>1GB</c>; binary multiples).</summary>
    public static long? ParseSize(string text, out string? error)
    {
        Match match = SizePattern().Match(text.Trim());
        error = null;
        if (!match.Success
            || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long amount))
        {
            error = $"'{text}' is not a size; use bytes or a number with KB, MB or GB, for example 64MB or 1GB.";
            return null;
        }

        long multiplier = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "KB" or "K" => 1L << 10,
            "MB" or "M" => 1L << 20,
            "GB" or "G" => 1L << 30,
            _ => 1,
        };
        if (amount <= 0 || amount > long.MaxValue / multiplier)
        {
            error = $"'{text}' is out of range; a size must be positive.";
            return null;
        }

        return amount * multiplier;
    }

    /// <summary>Parses a whole number between 1 and <paramref name="max"/> (<c>1000</c>, <c>1_000_000</c>).</summary>
    public static long? ParseCount(string text, long max, out string? error)
    {
        error = null;
        string digits = text.Trim().Replace("_", string.Empty, StringComparison.Ordinal);
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long count) || count < 1 || count > max)
        {
            error = $"'{text}' is not a whole number between 1 and {max.ToString(CultureInfo.InvariantCulture)}.";
            return null;
        }

        return count;
    }

    /// <summary>Parses a percentage of one CPU (<c>50</c> or <c>50%</c>; 200% is two CPUs), between 1 and 100 times the processors here.</summary>
    public static int? ParsePercent(string text, out string? error)
    {
        string trimmed = text.Trim();
        long? percent = ParseCount(trimmed.EndsWith('%') ? trimmed[..^1] : trimmed, 100L * Environment.ProcessorCount, out error);
        if (error is not null)
        {
            error = $"'{text}' is not a CPU percentage between 1% and {(100 * Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture)}% (100% is one CPU).";
        }

        return (int?)percent;
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)(ms|s|m)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^([0-9]{1,19})\s*(B|KB|K|MB|M|GB|G)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
