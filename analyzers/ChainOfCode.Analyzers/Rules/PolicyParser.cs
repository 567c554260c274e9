using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ChainOfCode.Analyzers.Detection;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>Parses the policy-file format (docs/policy-format.md). Never throws on bad input: every bad line is a COC0090 problem.</summary>
public static class PolicyParser
{
    /// <summary>The section that lists the allowed surface of allowlist mode.</summary>
    public const string AllowSection = "allow";

    private static readonly char[] EntryKinds = { 'T', 'M', 'P', 'F', 'E', 'N' };

    /// <summary>Parses a user's policy text (ChainOfCode.policy, a BannedSymbols*.txt, or a string given to the runtime).</summary>
    public static PolicyDocument Parse(string text, string path) => Parse(text, path, isCatalog: false);

    internal static PolicyDocument Parse(string text, string path, bool isCatalog)
    {
        text ??= string.Empty;

        // BannedApiAnalyzers reads N:X as X and every namespace below it; a BannedSymbols*.txt file
        // means what it meant there.
        bool bannedSymbolsFile = !isCatalog && System.IO.Path.GetFileName(path).StartsWith("BannedSymbols", StringComparison.OrdinalIgnoreCase);
        var entries = ImmutableArray.CreateBuilder<PolicyEntry>();
        var problems = ImmutableArray.CreateBuilder<PolicyProblem>();
        var switches = ImmutableArray.CreateBuilder<CapabilitySwitch>();
        var sections = ImmutableArray.CreateBuilder<CapabilitySection>();
        PolicyMode? mode = null;
        SectionBuilder? section = null;
        string currentRule = RuleIds.ProjectPolicy;

        int lineNumber = 0;
        int position = 0;
        while (position <= text.Length)
        {
            int end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            lineNumber++;
            string raw = text.Substring(position, end - position).TrimEnd('\r');
            string line = raw.Trim();
            int start = position + (raw.Length - raw.TrimStart().Length);
            var source = new PolicySource(path, lineNumber, start, line.Length, isCatalog);
            position = end + 1;

            if (line.Length == 0 || line[0] == '#' || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            void Problem(string message) => problems.Add(new PolicyProblem(RuleIds.PolicyParse, source, line, message));

            if (line[0] == '[')
            {
                int close = line.IndexOf(']');
                if (close < 0)
                {
                    Problem("A section header needs a closing ']': write [COCnnnn] or [allow].");
                    continue;
                }

                string name = line.Substring(1, close - 1).Trim();
                string title = line.Substring(close + 1).Trim();
                if (string.Equals(name, AllowSection, StringComparison.OrdinalIgnoreCase))
                {
                    FlushSection();
                    currentRule = RuleIds.OutsideAllowedSurface;
                    continue;
                }

                if (!IsRuleId(name))
                {
                    Problem("Unknown section '" + name + "': write [COCnnnn] for a capability or [allow] for the allowed surface.");
                    continue;
                }

                if (!isCatalog && !IsUserSection(name))
                {
                    Problem("Section [" + name + "] is not a capability a policy can add symbols to: use COC0001-COC0010, COC0012 or [allow].");
                    continue;
                }

                FlushSection();
                currentRule = name;
                if (isCatalog)
                {
                    section = new SectionBuilder(name, title);
                }

                continue;
            }

            int colon = line.IndexOf(':');
            bool isAllow = line[0] == '!';
            string body = isAllow ? line.Substring(1).TrimStart() : line;
            if (body.Length >= 2 && body[1] == ':' && Array.IndexOf(EntryKinds, body[0]) >= 0)
            {
                ParseEntry(body, isAllow, source, currentRule, bannedSymbolsFile, entries, Problem);
                continue;
            }

            if (colon > 0 && !isAllow)
            {
                string key = line.Substring(0, colon).Trim().ToLowerInvariant();
                string value = line.Substring(colon + 1).Trim();
                switch (key)
                {
                    case "mode":
                        if (string.Equals(value, "denylist", StringComparison.OrdinalIgnoreCase))
                        {
                            mode = PolicyMode.Denylist;
                        }
                        else if (string.Equals(value, "allowlist", StringComparison.OrdinalIgnoreCase))
                        {
                            mode = PolicyMode.Allowlist;
                        }
                        else
                        {
                            Problem("The mode is 'denylist' or 'allowlist', not '" + value + "'.");
                        }

                        continue;

                    case "capability":
                        ParseSwitch(value, source, switches, Problem);
                        continue;

                    case "severity":
                    case "because":
                    case "alternative":
                    case "feature":
                    case "unless-argument":
                        if (section is null)
                        {
                            Problem(isCatalog
                                ? "'" + key + ":' belongs inside a [COCnnnn] section."
                                : "'" + key + ":' is set by the built-in catalog only; change a rule's severity with dotnet_diagnostic.COCnnnn.severity in .editorconfig.");
                            continue;
                        }

                        string? error = section.Set(key, value);
                        if (error is not null)
                        {
                            Problem(error);
                        }

                        continue;
                }
            }

            Problem("Expected a documentation-comment ID such as T:System.IO.File or M:System.IO.File.ReadAllText(System.String), a '#' comment, a [section], 'mode:' or 'capability:'.");
        }

        FlushSection();
        return new PolicyDocument(path, mode, switches.ToImmutable(), sections.ToImmutable(), entries.ToImmutable(), problems.ToImmutable());

        void FlushSection()
        {
            if (section is not null)
            {
                sections.Add(section.Build());
                section = null;
            }
        }
    }

    private static void ParseEntry(string body, bool isAllow, PolicySource source, string ruleId, bool bannedSymbolsFile, ImmutableArray<PolicyEntry>.Builder entries, Action<string> problem)
    {
        char kind = body[0];
        string rest = body.Substring(2);
        int idEnd = 0;
        while (idEnd < rest.Length && rest[idEnd] != ';' && !char.IsWhiteSpace(rest[idEnd]))
        {
            idEnd++;
        }

        string id = rest.Substring(0, idEnd);
        string tail = rest.Substring(idEnd).TrimStart();
        string? message = null;
        if (tail.Length > 0)
        {
            if (tail[0] == ';')
            {
                message = tail.Substring(1).Trim();
                if (message.Length == 0)
                {
                    message = null;
                }
            }
            else if (!tail.StartsWith("//", StringComparison.Ordinal))
            {
                problem("Unexpected text after the ID '" + kind + ":" + id + "': put a message after ';' or a comment after '//'.");
                return;
            }
        }

        int tilde = id.IndexOf('~');
        if (kind == 'M' && tilde > 0 && id.IndexOf('(') < 0)
        {
            // M:T.op_Explicit~System.Int32: a return type after a name without parameters names
            // every overload of that name, as in BannedApiAnalyzers.
            id = id.Substring(0, tilde);
        }

        string? idError = ValidateId(kind, id);
        if (idError is not null)
        {
            problem(idError);
            return;
        }

        if (bannedSymbolsFile && kind == 'N' && !id.EndsWith(".*", StringComparison.Ordinal))
        {
            id += ".*";
        }

        entries.Add(new PolicyEntry(kind, id, isAllow, message, ruleId, source));
    }

    private static string? ValidateId(char kind, string id)
    {
        if (id.Length == 0)
        {
            return "The ID after '" + kind + ":' is empty.";
        }

        int paren = id.IndexOf('(');
        if (paren >= 0 && (kind is 'T' or 'N' or 'F' or 'E'))
        {
            return "A " + KindName(kind) + " ID has no parameter list: '" + kind + ":" + id + "'.";
        }

        int close = id.LastIndexOf(')');
        if (paren >= 0 && (close < paren || (close != id.Length - 1 && id[close + 1] != '~')))
        {
            return "The parameter list of '" + kind + ":" + id + "' is not closed with ')'.";
        }

        string name = paren >= 0 ? id.Substring(0, paren) : id;
        int star = id.IndexOf('*');
        if (star >= 0 && (star != id.Length - 1 || paren >= 0))
        {
            return "'*' may only end an ID (all members, all overloads, or a name prefix): '" + kind + ":" + id + "'.";
        }

        if (kind == 'N' && star >= 0 && !id.EndsWith(".*", StringComparison.Ordinal))
        {
            return "A namespace wildcard is written N:Name.* (the namespace and all below it), not '" + id + "'.";
        }

        string plain = name.TrimEnd('*').TrimEnd('.');
        if (plain.Length == 0 || plain.StartsWith(".", StringComparison.Ordinal) || plain.Contains(".."))
        {
            return "'" + kind + ":" + id + "' is not a dotted name.";
        }

        if (kind != 'N' && kind != 'T' && plain.IndexOf('.') < 0)
        {
            return "A " + KindName(kind) + " ID names its containing type: '" + kind + ":Namespace.Type.Member'.";
        }

        foreach (char c in plain)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '`' or '#' or '@'))
            {
                return "'" + kind + ":" + id + "' has the character '" + c + "', which no documentation-comment ID name contains.";
            }
        }

        return null;
    }

    private static void ParseSwitch(string value, PolicySource source, ImmutableArray<CapabilitySwitch>.Builder switches, Action<string> problem)
    {
        string[] parts = value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !IsRuleId(parts[0]) || !(parts[1] is "on" or "off"))
        {
            problem("Write a capability switch as 'capability: COCnnnn on' or 'capability: COCnnnn off'.");
            return;
        }

        if (!IsCapabilityId(parts[0]))
        {
            problem("'" + parts[0] + "' is not a capability that can be switched: use COC0001-COC0012.");
            return;
        }

        switches.Add(new CapabilitySwitch(parts[0], parts[1] == "on", source));
    }

    internal static bool IsRuleId(string name) =>
        name.Length == 7 && name.StartsWith("COC", StringComparison.Ordinal) && char.IsDigit(name[3]) && char.IsDigit(name[4]) && char.IsDigit(name[5]) && char.IsDigit(name[6]);

    private static bool IsCapabilityId(string id) => string.CompareOrdinal(id, RuleIds.FileSystem) >= 0 && string.CompareOrdinal(id, RuleIds.ProjectPolicy) <= 0;

    private static bool IsUserSection(string id) => IsCapabilityId(id) && id != RuleIds.OutsideAllowedSurface;

    private static string KindName(char kind) => kind switch
    {
        'T' => "type",
        'M' => "method",
        'P' => "property",
        'F' => "field",
        'E' => "event",
        _ => "namespace",
    };

    private sealed class SectionBuilder
    {
        private readonly string id;
        private readonly string title;
        private readonly ImmutableArray<string>.Builder features = ImmutableArray.CreateBuilder<string>();
        private DiagnosticSeverity? severity;
        private string? because;
        private string? alternative;
        private string? unlessArgument;

        public SectionBuilder(string id, string title)
        {
            this.id = id;
            this.title = title;
        }

        public string? Set(string key, string value)
        {
            switch (key)
            {
                case "severity":
                    if (!Enum.TryParse(value, ignoreCase: true, out DiagnosticSeverity parsed))
                    {
                        return "Severity is one of error, warning, info, hidden; not '" + value + "'.";
                    }

                    severity = parsed;
                    return null;
                case "because":
                    because = value;
                    return null;
                case "alternative":
                    alternative = value;
                    return null;
                case "feature":
                    if (!Features.All.Contains(value))
                    {
                        return "Unknown feature '" + value + "'.";
                    }

                    features.Add(value);
                    return null;
                default:
                    if (!value.StartsWith("F:", StringComparison.Ordinal))
                    {
                        return "unless-argument names an enum field: F:Namespace.Enum.Member.";
                    }

                    unlessArgument = value.Substring(2);
                    return null;
            }
        }

        public CapabilitySection Build() => new(id, title, severity, because, alternative, features.ToImmutable(), unlessArgument);
    }
}
