using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Cli;

/// <summary>
/// References for checking regular <c>.cs</c> files: the framework assemblies of the running runtime
/// (its trusted platform assemblies in the framework directory), read once per process.
/// </summary>
internal static class FrameworkCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(Build);
    private static readonly Lazy<CSharpCompilation> LazyEmpty = new(() => Create([]));

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>A compilation with no source (to resolve policy entries against the framework).</summary>
    public static CSharpCompilation Empty => LazyEmpty.Value;

    public static CSharpCompilation Create(ImmutableArray<SyntaxTree> trees) => CSharpCompilation.Create(
        "coc-check",
        trees,
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));

    private static ImmutableArray<MetadataReference> Build()
    {
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        var paths = tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDirectory, StringComparison.Ordinal))
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        if (paths.Count == 0)
        {
            paths = Directory.EnumerateFiles(frameworkDirectory, "*.dll").OrderBy(p => p, StringComparer.Ordinal).ToList();
        }

        return paths.Select(IsManaged).Where(r => r is not null).Select(r => r!).ToImmutableArray();
    }

    private static MetadataReference? IsManaged(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            return pe.HasMetadata ? MetadataReference.CreateFromFile(path) : null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }
}
