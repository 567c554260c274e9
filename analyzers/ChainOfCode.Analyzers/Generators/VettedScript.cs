using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>One listed script after the build vetted it: its member, text, hash, the fingerprint it was vetted under, and the findings at its file.</summary>
internal sealed class VettedScript : IEquatable<VettedScript>
{
    private VettedScript(string path, string? text, string fingerprint, bool accepted, EquatableArray<Diagnostic> diagnostics)
    {
        Path = path;
        Text = text;
        Fingerprint = fingerprint;
        IsAccepted = accepted;
        Diagnostics = diagnostics;
        FileName = System.IO.Path.GetFileName(path);
        Member = GeneratedSource.MemberName(FileName);
        Sha256 = text is null ? string.Empty : PolicyFingerprint.Sha256Hex(text);
    }

    public string Path { get; }

    public string FileName { get; }

    public string Member { get; }

    public string? Text { get; }

    public string Sha256 { get; }

    public string Fingerprint { get; }

    public bool IsAccepted { get; }

    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Vets one script exactly as the runtime gate does, under the project's policy and the default caps.</summary>
    /// <remarks>A script whose item names its inputs type (<paramref name="inputsType"/>) is vetted with that type's typed <c>Args</c>.</remarks>
    public static VettedScript Vet(string path, string? text, ProjectPolicyModel policy, ScriptReferenceSet references, CancellationToken cancellationToken, string? inputsType = null, ImmutableArray<InputsModel> inputs = default)
    {
        Location file = Location.Create(path, default, default);
        ArgsShape? shape = null;
        if (inputsType is not null)
        {
            InputsModel? model = inputs.IsDefault ? null : inputs.FirstOrDefault(m => m.Name == inputsType || (m.Namespace + "." + m.Name) == inputsType);
            shape = model is null ? null : ArgsShape.Parse(InputsEmitter.Shape(model));
            if (shape is null)
            {
                return Refused(path, text, policy, Diagnostic.Create(RuleDescriptors.ScriptNotVetted, file, $"The script's inputs type '{inputsType}' is not a [ScriptInputs] type of this project that the generator can serve."));
            }
        }

        if (text is null)
        {
            return Refused(path, text, policy, Diagnostic.Create(RuleDescriptors.ScriptNotVetted, file, $"The script '{System.IO.Path.GetFileName(path)}' could not be read."));
        }

        if (references.Environment is not { } environment)
        {
            return Refused(path, text, policy, Diagnostic.Create(RuleDescriptors.ScriptNotVetted, file, "Scripts cannot be vetted in this project: it references no System.Text.Json to compile them against."));
        }

        ScriptVettingResult result = ScriptVetting.Vet(text, path, policy.ScriptPolicy, ScriptDialect.DefaultMaxSourceLength, ScriptDialect.DefaultMaxNesting, environment, cancellationToken, shape);
        ImmutableArray<Diagnostic> diagnostics = result.Findings.Select(f => Report(f, path)).ToImmutableArray();
        return new VettedScript(path, text, policy.Fingerprint, result.IsAccepted, new EquatableArray<Diagnostic>(diagnostics));
    }

    private static VettedScript Refused(string path, string? text, ProjectPolicyModel policy, Diagnostic diagnostic) =>
        new(path, text, policy.Fingerprint, accepted: false, new EquatableArray<Diagnostic>(ImmutableArray.Create(diagnostic)));

    /// <summary>A finding at the script's own file, line and column (a compiler error as COC0014 naming its CS ID).</summary>
    private static Diagnostic Report(ScriptFinding finding, string path)
    {
        Location location = finding.Location.IsInSource
            ? Location.Create(path, finding.Location.SourceSpan, finding.Location.GetLineSpan().Span)
            : Location.Create(path, default, default);
        return finding.IsCompilerError
            ? Diagnostic.Create(RuleDescriptors.ScriptNotVetted, location, $"The script does not compile: {finding.Id}: {finding.Message}")
            : Diagnostic.Create(GeneratorDescriptors.ForFinding(finding.Id, finding.Severity, finding.HelpLink), location, finding.Message);
    }

    public bool Equals(VettedScript? other) =>
        other is not null && Path == other.Path && Text == other.Text && Fingerprint == other.Fingerprint
        && IsAccepted == other.IsAccepted && Diagnostics.Equals(other.Diagnostics);

    public override bool Equals(object? obj) => Equals(obj as VettedScript);

    public override int GetHashCode() => Path.GetHashCode() ^ Sha256.GetHashCode();
}
