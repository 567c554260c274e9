using System.Text.RegularExpressions;

namespace Snippets;

/// <summary>COC0009: regular expressions with no match timeout (catastrophic backtracking hangs the run).</summary>
public static class RegexWithoutTimeout
{
    public static bool IsEmail(string text) => Regex.IsMatch(text, @"^([a-zA-Z0-9]+\.?)+@example\.com$");

    public static string[] Words(string text) => new Regex(@"\W+").Split(text);
}
