using ChainOfCode.Analyzers.Detection;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>The catalog is the rule set: it must parse, resolve, and agree with descriptors, docs and release tracking.</summary>
public class CatalogTests
{
    // Symbols of assemblies a plain .NET 10 project does not reference (the scripting packages).
    private static readonly string[] OutsideReferencePack =
    {
        "N:Microsoft.CodeAnalysis.Scripting.*",
        "N:Microsoft.CodeAnalysis.CSharp.Scripting.*",
    };

    [Fact]
    public void Catalog_parses_without_problems()
    {
        PolicyDocument catalog = PolicyParser.Parse(DefaultCatalog.Text, "DefaultCatalog.policy", isCatalog: true);
        Assert.Empty(catalog.Problems);
        Assert.NotEmpty(catalog.Entries);
        Assert.Equal(catalog.Sections.Select(s => s.Id), DefaultCatalog.Document.Sections.Select(s => s.Id));
    }

    [Fact]
    public void Every_catalog_entry_resolves_against_the_net10_reference_assemblies()
    {
        CSharpCompilation compilation = CSharpCompilation.Create("probe", references: Basic.Reference.Assemblies.Net100.References.All);
        var unresolved = Policy.Default.Capabilities
            .SelectMany(c => c.Entries)
            .Concat(Policy.Default.AllowedSurface)
            .Where(e => !OutsideReferencePack.Contains(e.DocumentationId))
            .Where(e => !EntryResolver.Resolves(e, compilation))
            .Select(e => e.DocumentationId + " (" + e.Source + ")")
            .ToList();
        Assert.Empty(unresolved);
    }

    [Fact]
    public void Every_rule_has_a_descriptor_with_help_link_and_doc_page()
    {
        string root = RepositoryRoot();
        foreach (CapabilitySection section in DefaultCatalog.Document.Sections)
        {
            DiagnosticDescriptor descriptor = RuleDescriptors.Get(section.Id);
            Assert.Equal(section.Title, descriptor.Title.ToString());
            Assert.EndsWith("/docs/rules/" + section.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(root, "docs", "rules", section.Id + ".md")), section.Id + " has no doc page");
        }
    }

    [Fact]
    public void RuleIds_and_descriptors_are_generated_from_every_section()
    {
        foreach (CapabilitySection section in DefaultCatalog.Document.Sections)
        {
            Assert.Equal(section.Id, typeof(RuleIds).GetField(section.Name)?.GetRawConstantValue());
            var descriptor = (DiagnosticDescriptor?)typeof(RuleDescriptors).GetField(section.Name)?.GetValue(null);
            Assert.NotNull(descriptor);
            Assert.Equal(section.Id, descriptor.Id);
            Assert.Equal(section.Category, descriptor.Category);
            Assert.Equal(section.Severity, descriptor.DefaultSeverity);
            Assert.Equal(section.HelpLink, descriptor.HelpLinkUri);
        }

        Assert.Equal(DefaultCatalog.Document.Sections.Length + 1, typeof(RuleIds).GetFields().Length); // and HelpLinkBase
        Assert.Equal(DefaultCatalog.Document.Sections.Length, RuleDescriptors.All.Length);
    }

    [Fact]
    public void Default_severities_follow_the_issue()
    {
        foreach (string id in new[] { "COC0001", "COC0002", "COC0003", "COC0004", "COC0005", "COC0006", "COC0007", "COC0008", "COC0010", "COC0011", "COC0012" })
        {
            Assert.Equal(DiagnosticSeverity.Error, RuleDescriptors.Get(id).DefaultSeverity);
        }

        foreach (string id in new[] { "COC0009", "COC0090", "COC0091", "COC0092" })
        {
            Assert.Equal(DiagnosticSeverity.Warning, RuleDescriptors.Get(id).DefaultSeverity);
        }
    }

    [Fact]
    public void Release_tracking_lists_exactly_the_catalog_rules()
    {
        string[] rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith("COC", StringComparison.Ordinal))
            .ToArray();
        var tracked = rows.Select(r => r.Split('|').Select(p => p.Trim()).ToArray())
            .ToDictionary(p => p[0], p => (Category: p[1], Severity: p[2]));
        Assert.Equal(DefaultCatalog.Document.Sections.Select(s => s.Id).OrderBy(x => x), tracked.Keys.OrderBy(x => x));
        foreach (DiagnosticDescriptor descriptor in RuleDescriptors.All)
        {
            Assert.Equal(descriptor.Category, tracked[descriptor.Id].Category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), tracked[descriptor.Id].Severity);
        }
    }

    [Fact]
    public void The_analyzers_support_every_catalog_rule_of_their_kinds_exactly_once()
    {
        var supported = new CapabilityAnalyzer().SupportedDiagnostics.Concat(new PolicyFileAnalyzer().SupportedDiagnostics)
            .Concat(new ScriptShapeAnalyzer().SupportedDiagnostics)
            .Select(d => d.Id).ToList();
        Assert.Equal(supported.Distinct().Count(), supported.Count);
        var analyzerKinds = new[] { RuleKind.Capability, RuleKind.Allowlist, RuleKind.PolicyFile, RuleKind.ScriptShape };
        Assert.Equal(DefaultCatalog.Document.Sections.Where(s => analyzerKinds.Contains(s.Kind)).Select(s => s.Id).OrderBy(x => x), supported.OrderBy(x => x));
    }

    [Fact]
    public void Every_rule_of_the_runtime_is_a_catalog_section_with_its_kind()
    {
        var kinds = DefaultCatalog.Document.Sections.ToDictionary(s => s.Id, s => s.Kind);
        foreach (string id in new[] { "COCR0001", "COCR0002", "COCR0005", "COCR0008" })
        {
            Assert.Equal(RuleKind.Gate, kinds[id]);
        }

        Assert.Equal(RuleKind.Check, kinds["COCR0007"]);
        Assert.Equal(RuleKind.Chain, kinds["COCC0001"]);
        Assert.Equal(RuleKind.Allowlist, kinds["COC0011"]);
    }

    [Fact]
    public void The_generators_rules_are_catalog_sections_of_kind_generator()
    {
        var kinds = DefaultCatalog.Document.Sections.ToDictionary(s => s.Id, s => s.Kind);
        Assert.Equal(new[] { "COC0013", "COC0014", "COC0015" }, kinds.Where(k => k.Value == RuleKind.Generator).Select(k => k.Key).Order());
    }

    [Fact]
    public void The_regex_timeout_hint_names_the_static_Regex_calls_of_COC0009()
    {
        Assert.Equal(
            new[] { "Count", "EnumerateMatches", "EnumerateSplits", "IsMatch", "Match", "Matches", "Replace", "Split" },
            GuardHints.MemberNames(GuardHints.RegexTimeout, "System.Text.RegularExpressions.Regex").Order());
    }

    [Fact]
    public void A_catalog_section_without_its_kind_does_not_parse()
    {
        PolicyDocument catalog = PolicyParser.Parse("""
            [COC0001] File system
            name: FileSystem
            severity: error
            category: ChainOfCode.Security
            help: docs/rules/COC0001.md
            T:System.IO.File
            """, "catalog.policy", isCatalog: true);

        Assert.Contains("needs 'kind:'", Assert.Single(catalog.Problems).Message);
        Assert.Empty(catalog.Sections);
    }

    internal static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "ChainOfCode.Analyzers.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A policy travels as text (to a worker process) and keeps its rules.</summary>
public class PolicyTextRoundTripTests
{
    [Fact]
    public void ToPolicyText_round_trips_mode_switches_sections_messages_and_exceptions()
    {
        Policy original = Policy.Parse("""
            mode: allowlist
            capability: COC0007 off
            M:System.Guid.NewGuid; use a counter
            !M:System.IO.Path.GetTempPath
            [COC0001]
            M:System.IO.Path.GetRandomFileName
            [allow]
            N:System.Collections.Concurrent
            """);
        Policy copy = Policy.Parse(original.ToPolicyText());

        Assert.Empty(copy.Problems);
        Assert.Equal(PolicyMode.Allowlist, copy.Mode);
        Assert.False(copy.GetCapability("COC0007")!.IsEnabled);
        Assert.Equal(
            original.UserEntries.Select(e => (e.RuleId, e.DocumentationId, e.Message)),
            copy.UserEntries.Select(e => (e.RuleId, e.DocumentationId, e.Message)));
        Assert.Equal(original.ToPolicyText(), copy.ToPolicyText());
    }
}
