using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Benchmarks.Analyzers;

/// <summary>
/// A real code base compiled from its .cs files against the benchmarks' reference assemblies (.NET 10),
/// as its own SDK build would for net8.0: latest language version, nullable enabled, the net8.0 defines,
/// documentation comments checked. Not committed: the directory comes from the command line or
/// <c>COC_REALCODE_DIR</c> (docs/performance.md says how to get AngleSharp at the measured commit).
/// A project's own defines (its csproj's <c>DefineConstants</c>, e.g. Newtonsoft.Json's <c>HAVE_*</c>) are added from
/// <c>COC_REALCODE_DEFINES</c> (separated by <c>;</c>, <c>,</c> or spaces).
/// </summary>
public static class RealCodeProject
{
    /// <summary>The symbols an SDK build defines for net8.0, Release.</summary>
    public static readonly string[] Net8Defines =
    {
        "RELEASE", "TRACE", "NET", "NET8_0", "NETCOREAPP",
        "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER",
        "NETCOREAPP1_0_OR_GREATER", "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETCOREAPP2_1_OR_GREATER",
        "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER",
    };

    public static CSharpCompilation Create(string directory)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose, SourceCodeKind.Regular, Net8Defines.Concat(ProjectDefines()));
        var trees = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(directory, path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parse, path: Path.GetRelativePath(directory, path)))
            .ToList();
        return CSharpCompilation.Create(
            Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)),
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    /// <summary>The project's own preprocessor symbols from <c>COC_REALCODE_DEFINES</c>.</summary>
    private static IEnumerable<string> ProjectDefines() =>
        (Environment.GetEnvironmentVariable("COC_REALCODE_DEFINES") ?? "").Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsBuildOutput(string root, string path)
    {
        string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)
            || relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal);
    }
}
