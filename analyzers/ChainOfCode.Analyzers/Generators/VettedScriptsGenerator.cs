using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>
/// Vets every listed script (AdditionalFiles with <c>ChainOfCodeKind=Script</c>) during the build exactly as the
/// runtime gate does, reports each finding at the script's own file, line and column, and emits
/// <c>VettedScripts.&lt;Name&gt;</c> for each accepted script when the project references ChainOfCode.Runtime.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class VettedScriptsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<(string Path, string? Text, string? Inputs)> scripts = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => GeneratorInputs.IsScript(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => (
                pair.Left.Path,
                pair.Left.GetText(cancellationToken)?.ToString(),
                pair.Right.GetOptions(pair.Left).TryGetValue(GeneratorInputs.InputsMetadata, out string? inputs) && !string.IsNullOrWhiteSpace(inputs) ? inputs.Trim() : null));
        IncrementalValueProvider<ScriptReferenceSet> references = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ScriptReferenceSet.From(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ScriptReferences);
        IncrementalValueProvider<ImmutableArray<InputsModel>> inputs = ScriptInputsGenerator.Models(context).Collect();

        // Which of the inputs types the scripts name the project declares at all (to say "not [ScriptInputs]" rather
        // than "not declared"); an equatable answer, so an unrelated edit leaves the vetting cached.
        IncrementalValueProvider<EquatableArray<string>> declared = scripts
            .Select(static (script, _) => script.Inputs)
            .Collect()
            .Combine(context.CompilationProvider)
            .Select(static (pair, cancellationToken) => DeclaredTypes(pair.Left, pair.Right, cancellationToken));
        IncrementalValuesProvider<VettedScript> vetted = scripts
            .Combine(GeneratorInputs.Policy(context).Combine(references))
            .Combine(inputs.Combine(declared))
            .Select(static (pair, cancellationToken) => VettedScript.Vet(pair.Left.Left.Path, pair.Left.Left.Text, pair.Left.Right.Left, pair.Left.Right.Right, cancellationToken, pair.Left.Left.Inputs, pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.VettedScript);

        context.RegisterSourceOutput(vetted, static (output, script) =>
        {
            foreach (Diagnostic diagnostic in script.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic);
            }
        });

        var all = vetted.Collect()
            .Combine(GeneratorInputs.Namespace(context))
            .Combine(GeneratorInputs.ReferencesRuntime(context));
        context.RegisterSourceOutput(all, static (output, input) =>
        {
            ImmutableArray<VettedScript> list = input.Left.Left;
            var members = new List<VettedScript>();
            foreach (IGrouping<string, VettedScript> group in list.GroupBy(s => s.Member).OrderBy(g => g.Key, System.StringComparer.Ordinal))
            {
                VettedScript[] same = group.OrderBy(s => s.Path, System.StringComparer.Ordinal).ToArray();
                foreach (VettedScript clash in same.Skip(1))
                {
                    output.ReportDiagnostic(Diagnostic.Create(
                        RuleDescriptors.ScriptNotVetted,
                        Location.Create(clash.Path, default, default),
                        $"The script '{clash.FileName}' would be VettedScripts.{clash.Member}, like '{same[0].Path}'; rename one of them."));
                }

                members.Add(same[0]);
            }

            if (input.Right && list.Length > 0)
            {
                output.AddSource("VettedScripts.g.cs", Emit(members.Where(s => s.IsAccepted), input.Left.Right));
            }
        });
    }

    private static EquatableArray<string> DeclaredTypes(ImmutableArray<string?> names, Compilation compilation, System.Threading.CancellationToken cancellationToken) =>
        new(names.OfType<string>().Distinct(System.StringComparer.Ordinal)
            .Where(name => compilation.GetTypeByMetadataName(name) is not null
                || (name.IndexOf('.') < 0 && compilation.GetSymbolsWithName(name, SymbolFilter.Type, cancellationToken).Any()))
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToImmutableArray());

    internal static string Emit(IEnumerable<VettedScript> scripts, string ns)
    {
        var source = new StringBuilder(GeneratedSource.Header);
        source.Append("namespace ").Append(ns).Append("\n{\n");
        source.Append("    /// <summary>The scripts this project lists, vetted by its build under <see cref=\"ProjectPolicy\"/>.</summary>\n");
        source.Append("    ").Append(GeneratedSource.GeneratedCode).Append('\n');
        source.Append("    internal static partial class VettedScripts\n    {\n");
        bool first = true;
        foreach (VettedScript script in scripts)
        {
            if (!first)
            {
                source.Append('\n');
            }

            first = false;
            source.Append("        /// <summary>").Append(System.Security.SecurityElement.Escape(script.FileName)).Append(", vetted by the build.</summary>\n");
            source.Append("        public static global::ChainOfCode.Runtime.VettedScript ").Append(script.Member).Append(" { get; } = new global::ChainOfCode.Runtime.VettedScript(\n");
            source.Append("            ").Append(GeneratedSource.Literal(script.FileName)).Append(",\n");
            source.Append("            ").Append(GeneratedSource.Literal(script.Text!)).Append(",\n");
            source.Append("            \"").Append(script.Sha256).Append("\",\n");
            source.Append("            \"").Append(script.Fingerprint).Append("\");\n");
        }

        source.Append("    }\n}\n");
        return source.ToString();
    }
}
