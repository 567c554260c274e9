using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>
/// The project's effective policy as the generators see it: the catalog, every policy AdditionalFile (in path
/// order, as the analyzers read them) and the rules the build switched off (severity <c>none</c> in a
/// <c>.globalconfig</c>/<c>.editorconfig</c>). <see cref="OptionsText"/> is what ProjectPolicy.Options parses at run
/// time; scripts are vetted under exactly that text, and <see cref="Fingerprint"/> is its fingerprint.
/// Equal when the text is: an edit anywhere else leaves everything downstream cached.
/// </summary>
internal sealed class ProjectPolicyModel : IEquatable<ProjectPolicyModel>
{
    private readonly Lazy<Policy> scriptPolicy;

    private ProjectPolicyModel(string optionsText, bool modeNamed)
    {
        OptionsText = optionsText;
        ModeNamed = modeNamed;
        scriptPolicy = new Lazy<Policy>(() => ScriptDialect.ForScripts(Policy.Parse(OptionsText, PolicyFiles.PolicyFileName), ModeNamed), LazyThreadSafetyMode.ExecutionAndPublication);
        Fingerprint = PolicyFingerprint.Of(ScriptPolicy, ScriptDialect.DefaultMaxSourceLength, ScriptDialect.DefaultMaxNesting);
    }

    /// <summary>One policy text on top of the catalog; it names a mode only when one of the project's files did.</summary>
    public string OptionsText { get; }

    public bool ModeNamed { get; }

    public string Fingerprint { get; }

    /// <summary>The policy a listed script is vetted under (the runtime's GateOptions.FromPolicyText(OptionsText).Policy).</summary>
    public Policy ScriptPolicy => scriptPolicy.Value;

    public static ProjectPolicyModel Create(ImmutableArray<PolicyFileText> files, string switchedOff)
    {
        var documents = files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => PolicyParser.Parse(f.Text, f.Path))
            .ToList();
        if (switchedOff.Length > 0)
        {
            documents.Add(PolicyParser.Parse(switchedOff, ".editorconfig"));
        }

        bool modeNamed = documents.Any(d => d.Mode is not null);
        string text = Policy.FromDocuments(documents).ToPolicyText();
        if (!modeNamed)
        {
            // ToPolicyText always writes the mode; without a mode line scripts get the runtime's default (allowlist).
            text = text.Substring(text.IndexOf('\n') + 1);
        }

        return new ProjectPolicyModel(text, modeNamed);
    }

    /// <summary>The catalog's rules whose severity the build set to <c>none</c> project-wide, as <c>capability: ID off</c> lines.</summary>
    public static string ReadSwitchedOff(Compilation compilation, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (CapabilitySection section in DefaultCatalog.Document.Sections)
        {
            if (section.Id == RuleIds.OutsideAllowedSurface || string.CompareOrdinal(section.Id, RuleIds.PolicyParse) >= 0)
            {
                continue;
            }

            bool off = compilation.Options.SpecificDiagnosticOptions.TryGetValue(section.Id, out ReportDiagnostic specific) && specific == ReportDiagnostic.Suppress;
            if (compilation.Options.SyntaxTreeOptionsProvider is { } provider && provider.TryGetGlobalDiagnosticValue(section.Id, cancellationToken, out ReportDiagnostic global))
            {
                off = global == ReportDiagnostic.Suppress;
            }

            if (off)
            {
                text.Append("capability: ").Append(section.Id).Append(" off\n");
            }
        }

        return text.ToString();
    }

    public bool Equals(ProjectPolicyModel? other) => other is not null && OptionsText == other.OptionsText && ModeNamed == other.ModeNamed;

    public override bool Equals(object? obj) => Equals(obj as ProjectPolicyModel);

    public override int GetHashCode() => OptionsText.GetHashCode() ^ (ModeNamed ? 1 : 0);
}

/// <summary>One policy AdditionalFile: its path and text.</summary>
internal sealed class PolicyFileText : IEquatable<PolicyFileText>
{
    public PolicyFileText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    public string Text { get; }

    public bool Equals(PolicyFileText? other) => other is not null && Path == other.Path && Text == other.Text;

    public override bool Equals(object? obj) => Equals(obj as PolicyFileText);

    public override int GetHashCode() => Path.GetHashCode() ^ Text.Length;
}
