using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// What a script compiles against where it is vetted: the runtime's own framework assemblies at run time, the
/// project's matching reference assemblies at build time. The types are System.Type because the compiler's
/// script API takes them so (the build passes stand-ins that name the referenced assembly).
/// </summary>
internal sealed class ScriptEnvironment
{
    public ScriptEnvironment(ImmutableArray<MetadataReference> references, ImmutableArray<MetadataReference> analysisReferences, Type globalsType, Type returnType, Func<TypeSizes> newTypeSizes)
    {
        References = references;
        AnalysisReferences = analysisReferences;
        GlobalsType = globalsType;
        ReturnType = returnType;
        NewTypeSizes = newTypeSizes;
    }

    /// <summary>The framework references of <see cref="ScriptDialect.FrameworkAssemblies"/> plus the runtime assembly.</summary>
    public ImmutableArray<MetadataReference> References { get; }

    /// <summary><see cref="References"/> plus <see cref="ScriptDialect.AnalysisOnlyAssemblies"/>: the analysis twin's when the script has compile errors.</summary>
    public ImmutableArray<MetadataReference> AnalysisReferences { get; }

    public Type GlobalsType { get; }

    public Type ReturnType { get; }

    public Func<TypeSizes> NewTypeSizes { get; }
}
