using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Runtime;

/// <summary>
/// The curated reference set and default imports of every script (the lists are <see cref="ScriptDialect"/>'s,
/// shared with the build's vetting). Metadata references are immutable and shared by all compilations (they
/// are read once per process) from the host's own framework directory.
/// </summary>
internal static class ScriptReferences
{
    /// <summary>The namespaces every script imports.</summary>
    public static ImmutableArray<string> Imports => ScriptDialect.Imports;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(Build);
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAnalysisReferences = new(() =>
        References.AddRange(Load(ScriptDialect.AnalysisOnlyAssemblies)));

    private static readonly Lazy<ScriptEnvironment> LazyEnvironment = new(() =>
        new ScriptEnvironment(References, AnalysisReferences, typeof(ScriptGlobals), typeof(object), static () => new HostTypeSizes()));

    /// <summary>The framework references plus this assembly (for <see cref="ScriptGlobals"/> and the guard).</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The script references plus the analysis-only assemblies: what the gate's analysis twin compiles against.</summary>
    public static ImmutableArray<MetadataReference> AnalysisReferences => LazyAnalysisReferences.Value;

    /// <summary>What the gate vets a script against in this process.</summary>
    public static ScriptEnvironment Environment => LazyEnvironment.Value;

    private static ImmutableArray<MetadataReference> Build() =>
        Load(ScriptDialect.FrameworkAssemblies).Add(MetadataReference.CreateFromFile(typeof(ScriptGlobals).Assembly.Location));

    private static ImmutableArray<MetadataReference> Load(IEnumerable<string> names)
    {
        string directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = new List<MetadataReference>();
        foreach (string name in names)
        {
            string path = Path.Combine(directory, name + ".dll");
            if (File.Exists(path))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return references.ToImmutableArray();
    }
}
