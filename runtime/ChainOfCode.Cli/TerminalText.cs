using System.Globalization;
using System.Text;

namespace ChainOfCode.Cli;

/// <summary>
/// Text a script or a checked file controls, made safe for a terminal: control characters (escape sequences,
/// a lone carriage return, backspace, C1 controls such as CSI) and the bidirectional overrides become visible
/// escapes (<c>\x1b</c>, <c>\r</c>, <c>\u202e</c>), so nothing can clear the screen, move the cursor, hide or
/// reorder the report's own lines. Newlines and tabs stay where <see cref="Neutralize"/> is told to keep them.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every control character shown as an escape; <paramref name="keepNewlines"/> keeps \n (and \r\n as \n).</summary>
    public static string Neutralize(string text, bool keepNewlines = false)
    {
        StringBuilder? clean = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool keep = c == '\t' || (keepNewlines && (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')));
            if (keep ? c != '\r' : !IsUnsafe(c))
            {
                clean?.Append(c);
                continue;
            }

            clean ??= new StringBuilder(text, 0, i, text.Length + 16);
            if (c == '\r' && keep)
            {
                // "\r\n" becomes "\n".
                continue;
            }

            clean.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\b' => "\\b",
                < '\u0100' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return clean?.ToString() ?? text;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) // C0, DEL and C1 (U+0080-U+009F, CSI included)
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') // bidirectional marks and overrides
        || c is '\u2028' or '\u2029'; // line and paragraph separators
}
