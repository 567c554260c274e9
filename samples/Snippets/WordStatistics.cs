using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Snippets;

/// <summary>A record a model might define to hold one answer.</summary>
public sealed record WordCount(string Word, int Count);

/// <summary>
/// Benign: what a model writes for "which words appear most often, and how many dates are in the
/// text?". LINQ, records, dictionaries, string work, dates and regular expressions with a timeout.
/// Produces no diagnostic at all.
/// </summary>
public static class WordStatistics
{
    private static readonly Regex Word = new(@"\p{L}+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<WordCount> TopWords(string text, int take)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in Word.Matches(text))
        {
            counts[match.Value] = counts.TryGetValue(match.Value, out int seen) ? seen + 1 : 1;
        }

        return counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(take)
            .Select(pair => new WordCount(pair.Key.ToLowerInvariant(), pair.Value))
            .ToList();
    }

    public static int CountIsoDates(string text) =>
        Regex.Matches(text, @"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Count(m => DateOnly.TryParse(m.Value, out _));

    public static bool LooksLikeIdentifier(string text) =>
        Regex.IsMatch(text, "^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.NonBacktracking);

    public static string Report(string text, DateTime asOf)
    {
        var builder = new StringBuilder();
        builder.Append("As of ").Append(asOf.ToString("yyyy-MM-dd")).AppendLine(":");
        foreach (WordCount word in TopWords(text, 3))
        {
            builder.AppendLine($"  {word.Word,-12}{word.Count,4}");
        }

        TimeSpan age = asOf - new DateTime(2000, 1, 1);
        builder.AppendLine($"  {CountIsoDates(text)} dates, {Math.Round(age.TotalDays / 365.25, 1)} years since 2000");
        Console.WriteLine(builder.ToString());
        return builder.ToString();
    }
}
