using System;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// Measures a script's size and nesting on the raw text, before the parser sees it: the parser recurses on
/// nested brackets, prefix operators, casts and right-nested shapes (<c>a?.b?.c</c>) and can overflow the
/// stack, which no catch survives. The measure is conservative (it may overestimate, never underestimate,
/// the parser's recursion). What the parser reads in a loop is measured on its tree (<see cref="SyntaxNesting"/>).
/// </summary>
internal static class SourceCaps
{
    /// <summary>The deepest nesting in the text: open brackets plus, per bracket level, chained expressions
    /// (prefix operators, casts, conditionals, lambdas, assignments, comparisons, labels, embedded statements).</summary>
    public static int MeasureNesting(string text, int stopAbove)
    {
        // One counter per open bracket level for the chained expressions of the current statement.
        var chain = new int[Math.Min(text.Length, stopAbove + 2) + 2];
        var elses = new int[chain.Length];
        // What each open level is: '(' '[' '{', or 'h' for an interpolation hole of a regular string,
        // 'v' for a hole of a verbatim string.
        var kinds = new char[chain.Length];
        int level = 0;
        int max = 0;
        char previous = '(';
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
                continue;
            }

            if (c == '\'' )
            {
                i = SkipQuoted(text, i + 1, '\'');
                previous = 'a';
                continue;
            }

            if (c == '"' || ((c == '@' || c == '$') && i + 1 < text.Length && (text[i + 1] == '"' || text[i + 1] == '@' || text[i + 1] == '$')))
            {
                int start = i;
                bool interpolated = false;
                bool verbatim = false;
                while (i < text.Length && (text[i] == '@' || text[i] == '$'))
                {
                    interpolated |= text[i] == '$';
                    verbatim |= text[i] == '@';
                    i++;
                }

                if (i >= text.Length || text[i] != '"')
                {
                    i = start + 1;
                    previous = 'a';
                    continue;
                }

                int quotes = 0;
                while (i + quotes < text.Length && text[i + quotes] == '"')
                {
                    quotes++;
                }

                if (quotes >= 3)
                {
                    // Raw string: its holes are not tracked, so every bracket inside counts as opening.
                    int close = text.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
                    int end = close < 0 ? text.Length : close + quotes;
                    if (interpolated)
                    {
                        int opened = 0;
                        for (int k = i; k < end; k++)
                        {
                            if (text[k] is '{' or '(' or '[')
                            {
                                opened++;
                            }
                        }

                        if (level + opened > max)
                        {
                            max = level + opened;
                        }
                    }

                    i = end;
                    previous = 'a';
                    continue;
                }

                i++;
                if (!interpolated)
                {
                    i = verbatim ? SkipVerbatim(text, i) : SkipQuoted(text, i, '"');
                    previous = 'a';
                    continue;
                }

                // Interpolated: scan to the end of the string or the next hole.
                i = ScanInterpolated(text, i, verbatim, out bool hole);
                if (hole)
                {
                    level++;
                    if (level >= kinds.Length || level > stopAbove)
                    {
                        return level;
                    }

                    kinds[level] = verbatim ? 'v' : 'h';
                    chain[level] = 0;
                    elses[level] = 0;
                    max = Math.Max(max, level);
                    previous = '(';
                }
                else
                {
                    previous = 'a';
                }

                continue;
            }

            switch (c)
            {
                case '(':
                case '[':
                case '{':
                    level++;
                    if (level >= kinds.Length || level > stopAbove)
                    {
                        return level;
                    }

                    kinds[level] = c;
                    chain[level] = 0;
                    elses[level] = 0;
                    break;
                case ')':
                case ']':
                case '}':
                    if (level > 0)
                    {
                        char kind = kinds[level];
                        level--;
                        if (c == '}' && kind is 'h' or 'v')
                        {
                            // Back in the interpolated string after the hole.
                            i = ScanInterpolated(text, i + 1, kind == 'v', out bool hole);
                            if (hole)
                            {
                                level++;
                                kinds[level] = kind;
                                chain[level] = 0;
                                elses[level] = 0;
                                previous = '(';
                            }
                            else
                            {
                                previous = 'a';
                            }

                            continue;
                        }
                    }

                    if (c == ')' && i + 1 < text.Length && NextStartsOperand(text, i + 1))
                    {
                        // A cast or an embedded statement: "(int)(int)x", "if (a) if (b) ...".
                        chain[level]++;
                    }

                    break;
                case ';':
                case ',':
                    chain[level] = 0;
                    break;
                case '?':
                case ':':
                case '<':
                    chain[level]++;
                    break;
                case '=':
                    // Assignments and lambdas, not "==", "<=", ">=", "!=".
                    if (previous is not ('=' or '<' or '>' or '!') && !(i + 1 < text.Length && text[i + 1] == '='))
                    {
                        chain[level]++;
                    }

                    break;
                case '-':
                case '+':
                case '!':
                case '~':
                case '&':
                case '*':
                case '^':
                    if (IsPrefixPosition(previous))
                    {
                        chain[level]++;
                    }

                    break;
                default:
                    if (char.IsLetter(c) || c == '_')
                    {
                        int start = i;
                        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                        {
                            i++;
                        }

                        string word = text.Substring(start, i - start);
                        if (word is "not" or "await" or "new" or "throw" or "ref" or "out" or "in" or "checked" or "unchecked" or "async" or "static")
                        {
                            chain[level]++;
                        }
                        else if (word is "else")
                        {
                            elses[level]++;
                        }

                        previous = 'a';
                        int nest = level + chain[level] + elses[level];
                        max = Math.Max(max, nest);
                        if (max > stopAbove)
                        {
                            return max;
                        }

                        continue;
                    }

                    break;
            }

            previous = c;
            max = Math.Max(max, level + chain[level] + elses[level]);
            if (max > stopAbove)
            {
                return max;
            }

            i++;
        }

        return max;
    }

    private static bool IsPrefixPosition(char previous) =>
        previous is '(' or '[' or '{' or ',' or ';' or '=' or '?' or ':' or '+' or '-' or '*' or '/' or '%' or '!' or '~' or '&' or '|' or '^' or '<' or '>';

    private static bool NextStartsOperand(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '(' or '_' or '"' or '\'' or '@' or '$' or '-' or '+' or '!' or '~');
    }

    private static int SkipQuoted(string text, int i, char quote)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            i++;
            if (c == quote || c == '\n')
            {
                break;
            }
        }

        return Math.Min(i, text.Length);
    }

    private static int SkipVerbatim(string text, int i)
    {
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return i;
    }

    /// <summary>From inside an interpolated string: to just after its closing quote, or just after a hole's '{'.</summary>
    private static int ScanInterpolated(string text, int i, bool verbatim, out bool hole)
    {
        hole = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (!verbatim && c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '"')
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            if (c == '{')
            {
                if (i + 1 < text.Length && text[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }

                hole = true;
                return i + 1;
            }

            if (!verbatim && c == '\n')
            {
                return i + 1;
            }

            i++;
        }

        return text.Length;
    }
}
