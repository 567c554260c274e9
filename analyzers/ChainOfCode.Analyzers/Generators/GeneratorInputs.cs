using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>The incremental inputs the generators share, each reduced to an equatable value.</summary>
internal static class GeneratorInputs
{
    /// <summary>The item metadata that marks a listed script among AdditionalFiles (<c>ChainOfCodeKind=Script</c>).</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.ChainOfCodeKind";

    public const string ScriptKind = "Script";

    /// <summary>The item metadata naming a script's [ScriptInputs] type (<c>ChainOfCodeInputs=SortTask</c>): the script reads <c>Args.Words</c>.</summary>
    public const string InputsMetadata = "build_metadata.AdditionalFiles.ChainOfCodeInputs";

    /// <summary>The runtime type whose presence turns on the runtime-typed members.</summary>
    public const string VettedScriptType = "ChainOfCode.Runtime.VettedScript";

    public static IncrementalValueProvider<string> Namespace(IncrementalGeneratorInitializationContext context) =>
        context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            GeneratedSource.Namespace(options.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? root) ? root : null));

    public static IncrementalValueProvider<bool> ReferencesRuntime(IncrementalGeneratorInitializationContext context) =>
        context.CompilationProvider.Select(static (compilation, _) => compilation.GetTypeByMetadataName(VettedScriptType) is not null);

    public static IncrementalValueProvider<ProjectPolicyModel> Policy(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ImmutableArray<PolicyFileText>> files = context.AdditionalTextsProvider
            .Where(static file => PolicyFiles.IsPolicyFile(file.Path))
            .Select(static (file, cancellationToken) => new PolicyFileText(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect();
        IncrementalValueProvider<string> switchedOff = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ProjectPolicyModel.ReadSwitchedOff(compilation, cancellationToken));
        return files.Combine(switchedOff)
            .Select(static (pair, _) => ProjectPolicyModel.Create(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Policy);
    }

    public static bool IsScript(AnalyzerConfigOptions options) =>
        options.TryGetValue(KindMetadata, out string? kind) && string.Equals(kind, ScriptKind, System.StringComparison.OrdinalIgnoreCase);
}

/// <summary>The names of the generators' tracked steps (the cache tests read them).</summary>
internal static class TrackingNames
{
    public const string Policy = "Policy";
    public const string ScriptReferences = "ScriptReferences";
    public const string VettedScript = "VettedScript";
    public const string ScriptInputs = "ScriptInputs";
}
