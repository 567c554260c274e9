using System;
using System.Collections.Immutable;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>
/// One <c>[guards]</c> line: an argument of a library member that sizes an allocation or a recursion, and how the
/// runtime's guard rewrite checks it before the call (docs/policy-format.md). <see cref="Member"/> is the
/// documentation-comment ID without its parameter list (every overload; <c>M:*.Name</c> for any type's member named
/// Name), <see cref="Parameter"/> the parameter's name (<c>value</c> for a property setter).
/// </summary>
public sealed class ArgumentHint : IEquatable<ArgumentHint>
{
    /// <summary>The check words of a <c>[guards]</c> line, in <see cref="ArgumentCheck"/> order.</summary>
    internal static readonly ImmutableArray<string> CheckWords = ImmutableArray.Create(
        "items", "bits", "bytes", "composite-format", "number-format", "number-text", "regex-pattern", "regex-options", "json-depth", "grows-with");

    internal ArgumentHint(string member, string parameter, ArgumentCheck check, string detail, PolicySource source)
    {
        Member = member;
        Parameter = parameter;
        Check = check;
        Detail = detail;
        Source = source;
    }

    /// <summary>The member's documentation-comment ID without parameters ("M:System.String.PadLeft", "M:*.ToString").</summary>
    public string Member { get; }

    /// <summary>The checked parameter's name.</summary>
    public string Parameter { get; }

    /// <summary>How it is checked.</summary>
    public ArgumentCheck Check { get; }

    /// <summary>
    /// For <see cref="ArgumentCheck.Items"/> the bytes of one item: a number, or a sum of the containing type's type
    /// arguments and the method's ("T0+T1+16", "M0"); for <see cref="ArgumentCheck.GrowsWith"/> the inputs
    /// ("this,oldValue,newValue"); empty otherwise.
    /// </summary>
    public string Detail { get; }

    /// <summary>Where the line is.</summary>
    public PolicySource Source { get; }

    /// <summary>The inputs of a <see cref="ArgumentCheck.GrowsWith"/> hint (empty for the others).</summary>
    public string[] Inputs => Check == ArgumentCheck.GrowsWith ? Detail.Split(',') : Array.Empty<string>();

    /// <summary>The line as written in a <c>[guards]</c> section.</summary>
    public string ToLine() => Member + " " + Parameter + " " + CheckWords[(int)Check] + (Detail.Length > 0 ? " " + Detail : string.Empty);

    /// <inheritdoc/>
    public bool Equals(ArgumentHint? other) =>
        other is not null && Member == other.Member && Parameter == other.Parameter && Check == other.Check && Detail == other.Detail;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ArgumentHint);

    /// <inheritdoc/>
    public override int GetHashCode() => (Member + "|" + Parameter + "|" + Detail).GetHashCode() ^ (int)Check;

    /// <inheritdoc/>
    public override string ToString() => ToLine();

    /// <summary>Parses the words after the ID of a <c>[guards]</c> line; null and an error when they are not a hint.</summary>
    internal static ArgumentHint? Parse(string member, string words, PolicySource source, out string? error)
    {
        string[] parts = words.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        int check = parts.Length >= 2 ? CheckWords.IndexOf(parts[1]) : -1;
        if (check < 0 || parts.Length > 3)
        {
            error = "Write a guard line as 'M:Type.Member parameter check [detail]', the check one of: " + string.Join(", ", CheckWords) + ".";
            return null;
        }

        var kind = (ArgumentCheck)check;
        string detail = parts.Length == 3 ? parts[2] : string.Empty;
        bool needsDetail = kind is ArgumentCheck.Items or ArgumentCheck.GrowsWith;
        if (needsDetail != (detail.Length > 0))
        {
            error = needsDetail
                ? "'" + parts[1] + "' needs a detail: the bytes of one item (16, T0+T1+16, M0) for items, the inputs (this,oldValue,newValue) for grows-with."
                : "'" + parts[1] + "' takes no detail after it.";
            return null;
        }

        if (kind == ArgumentCheck.Items && !IsItemSize(detail))
        {
            error = "The bytes of one item are numbers and type arguments joined by '+' (16, T0+T1+16, M0), not '" + detail + "'.";
            return null;
        }

        error = null;
        return new ArgumentHint(member, parts[0], kind, detail, source);
    }

    private static bool IsItemSize(string detail)
    {
        foreach (string part in detail.Split('+'))
        {
            string digits = part.Length > 1 && part[0] is 'T' or 'M' ? part.Substring(1) : part;
            if (digits.Length == 0 || !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return false;
            }
        }

        return true;
    }
}
