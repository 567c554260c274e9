using System.Collections.Immutable;
using System.Linq;
using ChainOfCode.Analyzers.Detection;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>
/// For each <c>[ScriptInputs]</c> partial type: validation from its declared limits (the runtime's defaults
/// elsewhere), JSON reading and writing without reflection, and <c>ToRunOptions</c> when the project references
/// ChainOfCode.Runtime. A member that would hand the script a capability (a fixed list, or a type the project's
/// policy bans) is COC0013; a type the generator cannot serve is COC0015.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ScriptInputsGenerator : IIncrementalGenerator
{
    /// <summary>The marker attribute's metadata name.</summary>
    public const string AttributeName = "ChainOfCode.Runtime.ScriptInputsAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<InputsModel> models = Models(context);

        // The policy check resolves the members' types in the current compilation; its answer is equatable, so the
        // source below stays cached while it does not change.
        IncrementalValuesProvider<(InputsModel Model, EquatableArray<Diagnostic> Banned)> checkedModels = models
            .Combine(GeneratorInputs.Policy(context).Combine(context.CompilationProvider))
            .Select(static (pair, cancellationToken) => (pair.Left, Banned(pair.Left, pair.Right.Left, pair.Right.Right)));

        context.RegisterSourceOutput(checkedModels.Combine(GeneratorInputs.ReferencesRuntime(context)), static (output, input) =>
        {
            InputsModel model = input.Left.Model;

            // A member whose type the policy bans is reported as that (COC0013), not also as unsupported (COC0015).
            var banned = new System.Collections.Generic.HashSet<Location>(input.Left.Banned.Select(d => d.Location));
            foreach (Diagnostic diagnostic in model.Problems.Where(d => !(d.Id == RuleIds.ScriptInputsShape && banned.Contains(d.Location))).Concat(input.Left.Banned))
            {
                output.ReportDiagnostic(diagnostic);
            }

            if (model.Problems.Items.IsEmpty && input.Left.Banned.Items.IsEmpty)
            {
                string hint = (model.Namespace is null ? string.Empty : model.Namespace + ".") + model.Name + ".ScriptInputs.g.cs";
                output.AddSource(hint, InputsEmitter.Emit(model, input.Right));
            }
        });
    }

    /// <summary>The [ScriptInputs] types of the project (the scripts generator reads their shapes too).</summary>
    internal static IncrementalValuesProvider<InputsModel> Models(IncrementalGeneratorInitializationContext context) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeName,
                static (node, _) => node is TypeDeclarationSyntax,
                static (attribute, _) => InputsAnalysis.Read((INamedTypeSymbol)attribute.TargetSymbol, (TypeDeclarationSyntax)attribute.TargetNode))
            .WithTrackingName(TrackingNames.ScriptInputs);

    /// <summary>COC0013 for each member whose type (or element type) the project's policy bans.</summary>
    private static EquatableArray<Diagnostic> Banned(InputsModel model, ProjectPolicyModel policy, Compilation compilation)
    {
        var checker = new SymbolChecker(policy.ScriptPolicy.WithMode(PolicyMode.Denylist));
        var found = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var group in model.MemberTypes.GroupBy(t => t.Member))
        {
            foreach ((string id, string member, Location location) in group)
            {
                if (DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) is INamedTypeSymbol type && checker.Check(type) is { } rule)
                {
                    found.Add(Diagnostic.Create(RuleDescriptors.InputCapability, location, member, type.ToDisplayString(), "what " + rule.RuleId + " bans (" + rule.Capability.Title + ")"));
                    break;
                }
            }
        }

        return new EquatableArray<Diagnostic>(found.ToImmutable());
    }
}
