using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ChainOfCode.Analyzers.Detection;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>
/// The effective rule set: the catalog, the project's policy documents and the mode. Immutable and
/// safe to share across compilations and threads; the symbol index is built once, on first use.
/// </summary>
public sealed class Policy
{
    private static readonly Lazy<Policy> LazyDefault = new(() => FromDocuments(Array.Empty<PolicyDocument>()));
    private readonly Lazy<RuleIndex> denyIndex;
    private readonly Lazy<RuleIndex> allowIndex;

    private readonly Lazy<ILookup<string, ArgumentHint>> hintsByMember;

    private Policy(PolicyMode mode, ImmutableArray<Capability> capabilities, ImmutableArray<PolicyEntry> allowedSurface, ImmutableArray<PolicyEntry> userEntries, ImmutableArray<ArgumentHint> argumentHints, ImmutableArray<ArgumentHint> userHints, ImmutableArray<TypeHint> typeHints, ImmutableArray<PolicyProblem> problems)
    {
        TypeHints = typeHints;
        ArgumentHints = argumentHints;
        UserHints = userHints;
        hintsByMember = new Lazy<ILookup<string, ArgumentHint>>(() => ArgumentHints.ToLookup(h => h.Member, StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
        Mode = mode;
        Capabilities = capabilities;
        AllowedSurface = allowedSurface;
        UserEntries = userEntries;
        Problems = problems;
        denyIndex = new Lazy<RuleIndex>(() => RuleIndex.ForDenials(Capabilities), LazyThreadSafetyMode.ExecutionAndPublication);
        allowIndex = new Lazy<RuleIndex>(() => RuleIndex.ForAllowedSurface(AllowedSurface), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The catalog alone, in denylist mode (what a project gets with no policy file).</summary>
    public static Policy Default => LazyDefault.Value;

    /// <summary>Denylist or allowlist.</summary>
    public PolicyMode Mode { get; }

    /// <summary>Every rule of the catalog, with the symbols a project's policy added, in ID order.</summary>
    public ImmutableArray<Capability> Capabilities { get; }

    /// <summary>The allowed surface of allowlist mode.</summary>
    public ImmutableArray<PolicyEntry> AllowedSurface { get; }

    /// <summary>The entries that came from the project's own policy documents (not the catalog).</summary>
    public ImmutableArray<PolicyEntry> UserEntries { get; }

    /// <summary>The <c>[guards]</c> lines of the catalog and the project's documents: how the runtime's guard rewrite checks an argument.</summary>
    public ImmutableArray<ArgumentHint> ArgumentHints { get; }

    /// <summary>The <c>[guards]</c> lines that came from the project's own documents.</summary>
    public ImmutableArray<ArgumentHint> UserHints { get; }

    /// <summary>The <c>[guards]</c> type lines of the catalog and the project's documents (<c>T:Type hint</c>).</summary>
    public ImmutableArray<TypeHint> TypeHints { get; }

    /// <summary>The hints of a member (its documentation-comment ID without parameters) and of <c>M:*.</c><paramref name="name"/>.</summary>
    public IEnumerable<ArgumentHint> HintsFor(string member, string name) => hintsByMember.Value[member].Concat(hintsByMember.Value["M:*." + name]);

    /// <summary>Lines that do not parse (COC0090) or repeat another (COC0092).</summary>
    public ImmutableArray<PolicyProblem> Problems { get; }

    internal RuleIndex DenyIndex => denyIndex.Value;

    internal RuleIndex AllowIndex => allowIndex.Value;

    /// <summary>Parses one policy text on top of the catalog.</summary>
    public static Policy Parse(string text, string path = "policy") => FromDocuments(new[] { PolicyParser.Parse(text, path) });

    /// <summary>Combines the catalog with the project's policy documents, in order (a later mode or switch wins).</summary>
    public static Policy FromDocuments(IEnumerable<PolicyDocument> documents)
    {
        PolicyDocument catalog = DefaultCatalog.Document;
        var mode = PolicyMode.Denylist;
        var enabled = new Dictionary<string, bool>(StringComparer.Ordinal);
        var added = new Dictionary<string, List<PolicyEntry>>(StringComparer.Ordinal);
        var allowed = catalog.Entries.Where(e => e.RuleId == RuleIds.OutsideAllowedSurface).ToList();
        var userEntries = ImmutableArray.CreateBuilder<PolicyEntry>();
        var problems = ImmutableArray.CreateBuilder<PolicyProblem>();
        var seen = new Dictionary<string, PolicyEntry>(StringComparer.Ordinal);
        var hints = new List<ArgumentHint>(catalog.ArgumentHints);
        var userHints = ImmutableArray.CreateBuilder<ArgumentHint>();
        var typeHints = new List<TypeHint>(catalog.TypeHints);

        foreach (PolicyDocument document in documents)
        {
            problems.AddRange(document.Problems);
            mode = document.Mode ?? mode;
            typeHints.AddRange(document.TypeHints.Where(t => !typeHints.Any(k => k.ToLine() == t.ToLine())));
            foreach (ArgumentHint hint in document.ArgumentHints)
            {
                if (!hints.Contains(hint))
                {
                    hints.Add(hint);
                    userHints.Add(hint);
                }
            }

            foreach (CapabilitySwitch capabilitySwitch in document.Switches)
            {
                enabled[capabilitySwitch.RuleId] = capabilitySwitch.IsEnabled;
            }

            foreach (PolicyEntry entry in document.Entries)
            {
                string key = entry.RuleId + "|" + entry.DocumentationId;
                if (seen.TryGetValue(key, out PolicyEntry? first))
                {
                    problems.Add(new PolicyProblem(
                        RuleIds.PolicyDuplicate,
                        entry.Source,
                        entry.DocumentationId,
                        "'" + entry.DocumentationId + "' repeats the entry at " + first.Source + "."));
                    continue;
                }

                seen.Add(key, entry);
                userEntries.Add(entry);
                if (entry.RuleId == RuleIds.OutsideAllowedSurface)
                {
                    allowed.Add(entry);
                }
                else
                {
                    if (!added.TryGetValue(entry.RuleId, out List<PolicyEntry>? list))
                    {
                        added[entry.RuleId] = list = new List<PolicyEntry>();
                    }

                    list.Add(entry);
                }
            }
        }

        var capabilities = ImmutableArray.CreateBuilder<Capability>();
        foreach (CapabilitySection section in catalog.Sections.Where(s => RuleKinds.IsPolicyRule(s.Kind)))
        {
            // COC0011's lines are the allowed surface, not denials.
            IEnumerable<PolicyEntry> entries = section.Kind == RuleKind.Allowlist
                ? Enumerable.Empty<PolicyEntry>()
                : catalog.Entries.Where(e => e.RuleId == section.Id);
            if (added.TryGetValue(section.Id, out List<PolicyEntry>? extra))
            {
                entries = entries.Concat(extra);
            }

            capabilities.Add(new Capability(
                section.Id,
                section.Title,
                section.Severity ?? DiagnosticSeverity.Error,
                section.Because ?? "is banned",
                section.Alternative ?? string.Empty,
                section.Features,
                section.UnlessArgument,
                entries.ToImmutableArray(),
                !enabled.TryGetValue(section.Id, out bool on) || on,
                section.HelpLink));
        }

        return new Policy(mode, capabilities.ToImmutable(), allowed.ToImmutableArray(), userEntries.ToImmutable(), hints.ToImmutableArray(), userHints.ToImmutable(), typeHints.ToImmutableArray(), problems.ToImmutable());
    }

    /// <summary>The same rules in another mode.</summary>
    public Policy WithMode(PolicyMode mode) => mode == Mode ? this : new Policy(mode, Capabilities, AllowedSurface, UserEntries, ArgumentHints, UserHints, TypeHints, Problems);

    /// <summary>
    /// One capability of these rules alone, enforced (<see cref="Capability.Enforced"/>: the catalog's symbols and the
    /// project's own additions, at error, however the policy switched it), in denylist mode: no other capability, no
    /// allowed surface, no user entries or hints (what the runtime asks of a script: does it use anything it covers).
    /// </summary>
    internal Policy WithOnlyCapability(string id) => new(
        PolicyMode.Denylist,
        Capabilities.Where(c => c.Id == id).Select(c => c.Enforced()).ToImmutableArray(),
        ImmutableArray<PolicyEntry>.Empty,
        ImmutableArray<PolicyEntry>.Empty,
        ImmutableArray<ArgumentHint>.Empty,
        ImmutableArray<ArgumentHint>.Empty,
        ImmutableArray<TypeHint>.Empty,
        ImmutableArray<PolicyProblem>.Empty);

    /// <summary>
    /// The policy as one policy text on top of the catalog: its mode, its capability switches and the
    /// project's lines (deduplicated). <c>Policy.Parse(p.ToPolicyText())</c> has the same rules as
    /// <c>p</c>; a worker process receives its policy this way.
    /// </summary>
    public string ToPolicyText()
    {
        var text = new System.Text.StringBuilder();
        text.Append("mode: ").Append(Mode == PolicyMode.Allowlist ? "allowlist" : "denylist").Append('\n');
        foreach (Capability capability in Capabilities)
        {
            if (!capability.IsEnabled)
            {
                text.Append("capability: ").Append(capability.Id).Append(" off\n");
            }
        }

        foreach (IGrouping<string, PolicyEntry> section in UserEntries.GroupBy(e => e.RuleId).OrderBy(g => g.Key == RuleIds.ProjectPolicy ? 0 : 1))
        {
            if (section.Key != RuleIds.ProjectPolicy)
            {
                text.Append('[').Append(section.Key == RuleIds.OutsideAllowedSurface ? PolicyParser.AllowSection : section.Key).Append("]\n");
            }

            foreach (PolicyEntry entry in section)
            {
                text.Append(entry.DocumentationId);
                if (entry.Message is not null)
                {
                    text.Append("; ").Append(entry.Message.Replace('\n', ' '));
                }

                text.Append('\n');
            }
        }

        string[] userTypeHints = [.. TypeHints.Skip(DefaultCatalog.Document.TypeHints.Length).Select(t => t.ToLine())];
        if (UserHints.Length > 0 || userTypeHints.Length > 0)
        {
            text.Append('[').Append(PolicyParser.GuardsSection).Append("]\n");
            foreach (string line in UserHints.Select(h => h.ToLine()).Concat(userTypeHints))
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The rule that writing <paramref name="type"/> (in <c>typeof</c>, a declaration) breaks under this policy,
    /// or null: what a code fix asks of the type it is about to write, without running the analyzers.
    /// </summary>
    public string? RuleForType(ITypeSymbol type) => new SymbolChecker(this).CheckType(type)?.Rule.RuleId;

    /// <summary>The capability with this ID, or null.</summary>
    public Capability? GetCapability(string id)
    {
        foreach (Capability capability in Capabilities)
        {
            if (capability.Id == id)
            {
                return capability;
            }
        }

        return null;
    }

    /// <summary>The project's entries that name no symbol in this compilation (COC0091).</summary>
    public ImmutableArray<PolicyProblem> FindUnresolved(Compilation compilation, CancellationToken cancellationToken = default)
    {
        var problems = ImmutableArray.CreateBuilder<PolicyProblem>();
        foreach (PolicyEntry entry in UserEntries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!EntryResolver.Resolves(entry, compilation))
            {
                problems.Add(new PolicyProblem(
                    RuleIds.PolicyUnresolved,
                    entry.Source,
                    entry.DocumentationId,
                    "'" + entry.DocumentationId + "' names no " + KindName(entry.Kind) + " in this compilation."));
            }
        }

        return problems.ToImmutable();
    }

    private static string KindName(char kind) => kind switch
    {
        'T' => "type",
        'N' => "namespace",
        _ => "member",
    };
}
