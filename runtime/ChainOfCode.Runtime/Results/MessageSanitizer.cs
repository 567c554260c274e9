using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChainOfCode.Runtime;

/// <summary>
/// The one sanitizer for every message that leaves the runtime: errors, compiler and rule messages,
/// security events. Removes host stack frames, file system paths and memory addresses, and caps the length.
/// </summary>
public static partial class MessageSanitizer
{
    /// <summary>Longest message kept; longer ones are cut and end with <see cref="TruncationMarker"/>.</summary>
    public const int MaxLength = 200;

    /// <summary>Appended to a cut message.</summary>
    public const string TruncationMarker = "...[truncated]";

    /// <summary>Returns the message without frames, paths and addresses, at most <see cref="MaxLength"/> characters plus the marker.</summary>
    public static string Sanitize(string? message) => Sanitize(message, Clean);

    // The patterns have a match timeout; a stalled host can make one expire, and a message must still leave sanitized
    // (the gate and the runner never throw for a message): then it leaves scrubbed without them.
    internal static string Sanitize(string? message, Func<string, string> clean)
    {
        if (string.IsNullOrEmpty(message))
        {
            return string.Empty;
        }

        string text = message.Length > 20_000 ? message[..20_000] : message;
        try
        {
            text = clean(text);
        }
        catch (RegexMatchTimeoutException)
        {
            text = Scrub(text);
        }

        return text.Length <= MaxLength ? text : text[..MaxLength] + TruncationMarker;
    }

    private static string Clean(string text)
    {
        // Stack frames: "   at Type.Method(...) in /path:line 3" and everything after the first one.
        Match frame = StackFrame().Match(text);
        if (frame.Success)
        {
            text = text[..frame.Index];
        }

        // One line, and nothing that drives a terminal or a log viewer (escape sequences, C1 controls, bidirectional overrides).
        text = Controls().Replace(text, " ");
        text = Address().Replace(text, "0x?");
        text = FileUri().Replace(text, "<path>");
        text = WindowsPath().Replace(text, "<path>");
        text = UnixPath().Replace(text, "<path>");
        return Spaces().Replace(text, " ").Trim();
    }

    // Without the patterns: the first line only (frames start on a later one), each word that could name a path or an
    // address (a slash, a backslash, a leading 0x) or that holds a control or format character replaced whole.
    private static string Scrub(string text)
    {
        int end = text.AsSpan().IndexOfAny('\r', '\n');
        string[] words = (end < 0 ? text : text[..end]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (word.Contains('/') || word.Contains('\\') || word.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || !Printable(word))
            {
                words[i] = "<removed>";
            }
        }

        return string.Join(' ', words);
    }

    private static bool Printable(string word)
    {
        foreach (char c in word)
        {
            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return false;
            }
        }

        return true;
    }

    // A frame is "at Type.Method(" at the start of a line: a message that merely begins with "at 0x..." or "at least" is kept.
    [GeneratedRegex(@"(^|\r?\n)\s*(at\s+[^\s(]*\.[^\s(]*\(|---\s*End of)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b0[xX][0-9a-fA-F]+\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Address();

    [GeneratedRegex(@"file:/+[^\s'""<>)]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FileUri();

    [GeneratedRegex(@"(?<![\w])(?:[A-Za-z]:\\|\\\\)[^\s'""<>|]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WindowsPath();

    // A path with at least two segments ("/etc/passwd", "~/x/y", "./a/b") wherever it starts: after a space, a quote,
    // a bracket, a brace, a backtick, a redirection (">/etc/x") or any other sign; a lone "/" or a "a/b" fraction is kept.
    [GeneratedRegex(@"(?<![\w.~/])(?:~|\.{1,2})?/[^\s'""<>/`{}|]+(?:/[^\s'""<>/`{}|]*)+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnixPath();

    [GeneratedRegex(@"[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Controls();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
