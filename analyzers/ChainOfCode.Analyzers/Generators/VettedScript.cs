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
    /// <remarks>
    /// A script whose item names its inputs type (<paramref name="inputsType"/>) is vetted with that type's typed
    /// <c>Args</c>; <paramref name="declaredTypes"/> are the names among those that the project declares at all.
    /// Bad input (no file, an empty one, an unknown inputs type) is a diagnostic at the script, never an exception.
    /// </remarks>
    public static VettedScript Vet(string path, string? text, ProjectPolicyModel policy, ScriptReferenceSet references, CancellationToken cancellationToken, string? inputsType = null, ImmutableArray<InputsModel> inputs = default, EquatableArray<string> declaredTypes = default)
    {
        Location file = Location.Create(path, default, default);
        string name = System.IO.Path.GetFileName(path);
        if (text is null)
        {
            return Refused(path, text, policy, Diagnostic.Create(RuleDescriptors.ScriptNotVetted, file, $"The script '{name}' could not be read: check that the file of its ChainOfCodeScript item exists and is readable."));
        }

        int undecoded = text.IndexOfAny(Undecodable);
        if (undecoded >= 0)
        {
            // The compiler reads a file that is not UTF-8 with U+FFFD for each byte it cannot decode: the entry would
            // carry text its author never wrote ("café" in Latin-1 runs as "caf\uFFFD"), so the build refuses it.
            LinePosition at = SourceText.From(text).Lines.GetLinePosition(undecoded);
            return Refused(path, text, policy, Diagnostic.Create(
                RuleDescriptors.ScriptNotVetted,
                Location.Create(path, new TextSpan(undecoded, 1), new LinePositionSpan(at, new LinePosition(at.Line, at.Character + 1))),
                $"The script '{name}' is not UTF-8 text: it holds {(text[undecoded] == '\0' ? "a NUL character" : "U+FFFD, what the compiler reads for a byte it cannot decode")}. Save it as UTF-8 (write a U+FFFD the script means as \\uFFFD)."));
        }

        ArgsShape? shape = null;
        if (inputsType is not null)
        {
            shape = InputsShape(inputsType, inputs, declaredTypes, out string? problem);
            if (shape is null)
            {
                return Refused(path, text, policy, Diagnostic.Create(RuleDescriptors.ScriptNotVetted, file, $"The script '{name}' names its inputs type '{inputsType}', {problem}"));
            }
        }

        if (references.Environment is not { } environment)
        {
            return Refused(path, text, policy, Diagnostic.Create(RuleDescriptors.ScriptNotVetted, file, "Scripts cannot be vetted in this project: it references no System.Text.Json to compile them against."));
        }

        ScriptVettingResult result;
        try
        {
            result = ScriptVetting.Vet(text, path, policy.ScriptPolicy, ScriptDialect.DefaultMaxSourceLength, ScriptDialect.DefaultMaxNesting, environment, cancellationToken, shape);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A generator that throws fails the whole build with CS8785 and no location; say which script instead.
            return Refused(path, text, policy, Diagnostic.Create(RuleDescriptors.ScriptNotVetted, file, $"The script '{name}' could not be vetted: {e.GetType().Name}: {e.Message}"));
        }

        if (result.Tree?.GetRoot(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax root && !root.Members.Any(m => m.SpanStart < text.Length))
        {
            return Refused(path, text, policy, Diagnostic.Create(RuleDescriptors.ScriptNotVetted, file, $"The script '{name}' is empty: it has no statement to run. Write its code, or remove it from the ChainOfCodeScript items."));
        }

        ImmutableArray<Diagnostic> diagnostics = result.Findings.Select(f => Report(f, path)).ToImmutableArray();
        return new VettedScript(path, text, policy.Fingerprint, result.IsAccepted, new EquatableArray<Diagnostic>(diagnostics));
    }

    /// <summary>The typed <c>Args</c> of the [ScriptInputs] type <paramref name="inputsType"/> (simple or full name), or null and why not.</summary>
    private static ArgsShape? InputsShape(string inputsType, ImmutableArray<InputsModel> inputs, EquatableArray<string> declaredTypes, out string? problem)
    {
        InputsModel[] matches = inputs.IsDefault ? Array.Empty<InputsModel>() : inputs.Where(m => m.Name == inputsType || FullName(m) == inputsType).ToArray();
        problem = matches.Length switch
        {
            0 when declaredTypes.Items.Contains(inputsType) => "which is not marked [ScriptInputs]: add [ScriptInputs] to its declaration (a partial record or class of data).",
            0 => "which this project does not declare: name a [ScriptInputs] type of the project in the item's Inputs metadata.",
            > 1 => "which names " + string.Join(" and ", matches.Select(FullName).OrderBy(n => n, StringComparer.Ordinal)) + ": write the full name.",
            _ when !matches[0].Problems.Items.IsEmpty => "which the script-inputs generator cannot serve: fix its COC0015 or COC0013 errors first.",
            _ => null,
        };
        ArgsShape? shape = problem is null ? ArgsShape.Parse(InputsEmitter.Shape(matches[0])) : null;
        problem ??= shape is null ? "whose shape the gate cannot render." : null;
        return shape;
    }

    private static string FullName(InputsModel model) => model.Namespace is null ? model.Name : model.Namespace + "." + model.Name;

    /// <summary>What a text decoded from a file that is not UTF-8 holds: the replacement character, or a NUL of a binary file.</summary>
    private static readonly char[] Undecodable = ['\uFFFD', '\0'];

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
