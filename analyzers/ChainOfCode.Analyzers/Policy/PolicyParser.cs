using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>Parses the policy-file format (docs/policy-format.md). Never throws on bad input: every bad line is a COC0090 problem.</summary>
public static class PolicyParser
{
    /// <summary>The section that lists the allowed surface of allowlist mode.</summary>
    public const string AllowSection = "allow";

    /// <summary>The section whose lines are argument hints for the runtime's guard rewrite (<see cref="ArgumentHint"/>).</summary>
    public const string GuardsSection = "guards";

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
        var hints = ImmutableArray.CreateBuilder<ArgumentHint>();
        var typeHints = ImmutableArray.CreateBuilder<TypeHint>();
        bool inGuards = false;
        PolicyMode? mode = null;
        CatalogSectionBuilder? section = null;
        string helpBase = string.Empty;
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
                if (string.Equals(name, GuardsSection, StringComparison.OrdinalIgnoreCase))
                {
                    FlushSection();
                    inGuards = true;
                    continue;
                }

                if (string.Equals(name, AllowSection, StringComparison.OrdinalIgnoreCase))
                {
                    FlushSection();
                    inGuards = false;
                    currentRule = RuleIds.OutsideAllowedSurface;
                    continue;
                }

                if (!IsRuleId(name))
                {
                    Problem("Unknown section '" + name + "': write [COCnnnn] for a capability or [allow] for the allowed surface.");
                    continue;
                }

                if (!isCatalog && !HasKind(name, RuleKinds.TakesSymbols))
                {
                    Problem("Section [" + name + "] is not a capability a policy can add symbols to: use " + CatalogIds(RuleKinds.TakesSymbols) + " or [allow].");
                    continue;
                }

                FlushSection();
                inGuards = false;
                currentRule = name;
                if (isCatalog)
                {
                    section = new CatalogSectionBuilder(name, title, helpBase, source, line);
                }

                continue;
            }

            int colon = line.IndexOf(':');
            bool isAllow = line[0] == '!';
            string body = isAllow ? line.Substring(1).TrimStart() : line;
            if (inGuards && body.Length >= 2 && body[1] == ':' && Array.IndexOf(EntryKinds, body[0]) >= 0)
            {
                ParseHint(line, isAllow, source, hints, typeHints, Problem);
                continue;
            }

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

                    case "help-base" when isCatalog && section is null:
                        helpBase = value;
                        continue;

                    case "kind":
                    case "name":
                    case "category":
                    case "help":
                    case "guard":
                    case "severity":
                    case "because":
                    case "alternative":
                    case "feature":
                    case "unless-argument":
                    case "message":
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
        return new PolicyDocument(path, mode, switches.ToImmutable(), sections.ToImmutable(), entries.ToImmutable(), hints.ToImmutable(), typeHints.ToImmutable(), problems.ToImmutable());

        void FlushSection()
        {
            if (section is not null)
            {
                if (section.Build(out CapabilitySection? built) is { } missing)
                {
                    problems.Add(new PolicyProblem(RuleIds.PolicyParse, section.Source, section.Header, missing));
                }
                else
                {
                    sections.Add(built!);
                }

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

    /// <summary>
    /// A <c>[guards]</c> line: <c>M:Type.Member parameter check [detail]</c> (or <c>P:</c>; <c>M:*.Name</c> for any
    /// type's), or <c>T:Type hint</c> (<see cref="TypeHint"/>).
    /// </summary>
    private static void ParseHint(string line, bool isAllow, PolicySource source, ImmutableArray<ArgumentHint>.Builder hints, ImmutableArray<TypeHint>.Builder typeHints, Action<string> problem)
    {
        int idEnd = line.IndexOfAny(new[] { ' ', '\t' });
        string member = idEnd < 0 ? line : line.Substring(0, idEnd);
        string name = member.Substring(2);
        string words = idEnd < 0 ? string.Empty : line.Substring(idEnd).Trim();
        if (!isAllow && line[0] == 'T' && words == TypeHint.SerializerCache && name.IndexOf('*') < 0 && ValidateId('T', name) is null)
        {
            typeHints.Add(new TypeHint(member, words, source));
            return;
        }

        if (isAllow || !(line[0] is 'M' or 'P'))
        {
            problem("A [guards] line is 'M:Type.Member parameter check [detail]' (or P:) or 'T:Type " + TypeHint.SerializerCache + "'.");
            return;
        }

        string? idError = name.StartsWith("*.", StringComparison.Ordinal)
            ? (name.Length > 2 && name.IndexOfAny(new[] { '.', '*', '(' }, 2) < 0 ? null : "'" + member + "' is not M:*.Name.")
            : name.IndexOfAny(new[] { '(', '*' }) >= 0 ? "A [guards] line names every overload: no parameter list or '*' in '" + member + "'." : ValidateId(line[0], name);
        if (idError is not null)
        {
            problem(idError);
            return;
        }

        ArgumentHint? hint = ArgumentHint.Parse(member, idEnd < 0 ? string.Empty : line.Substring(idEnd), source, out string? error);
        if (hint is null)
        {
            problem(error!);
            return;
        }

        hints.Add(hint);
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

        if (!HasKind(parts[0], RuleKinds.IsSwitchable))
        {
            problem("'" + parts[0] + "' is not a capability that can be switched: use " + CatalogIds(RuleKinds.IsSwitchable) + ".");
            return;
        }

        switches.Add(new CapabilitySwitch(parts[0], parts[1] == "on", source));
    }

    /// <summary>COC, an optional letter (COCR: the runtime, COCC: the Chain-of-Code runner) and four digits.</summary>
    internal static bool IsRuleId(string name)
    {
        bool lettered = name.Length == 8 && name[3] is >= 'A' and <= 'Z';
        if (!(name.Length == 7 || lettered) || !name.StartsWith("COC", StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = name.Length - 4; i < name.Length; i++)
        {
            if (!char.IsDigit(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasKind(string id, Func<RuleKind, bool> predicate) =>
        DefaultCatalog.Document.Sections.Any(s => s.Id == id && predicate(s.Kind));

    /// <summary>The catalog's IDs of some kinds, consecutive ones as a range ("COC0001-COC0010, COC0012").</summary>
    private static string CatalogIds(Func<RuleKind, bool> predicate)
    {
        var ranges = new List<string>();
        string? first = null;
        string? last = null;
        foreach (string id in DefaultCatalog.Document.Sections.Where(s => predicate(s.Kind)).Select(s => s.Id).OrderBy(x => x, StringComparer.Ordinal))
        {
            if (last is not null && IsNext(last, id))
            {
                last = id;
                continue;
            }

            Flush();
            first = last = id;
        }

        Flush();
        return string.Join(", ", ranges);

        void Flush()
        {
            if (first is not null)
            {
                ranges.Add(first == last ? first : first + "-" + last);
            }
        }
    }

    private static bool IsNext(string previous, string id) =>
        previous.Length == id.Length
        && string.CompareOrdinal(previous, 0, id, 0, id.Length - 4) == 0
        && int.Parse(id.Substring(id.Length - 4), System.Globalization.CultureInfo.InvariantCulture) == int.Parse(previous.Substring(previous.Length - 4), System.Globalization.CultureInfo.InvariantCulture) + 1;

    private static string KindName(char kind) => kind switch
    {
        'T' => "type",
        'M' => "method",
        'P' => "property",
        'F' => "field",
        'E' => "event",
        _ => "namespace",
    };
}
