using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ChainOfCode.CodeFixes.Infrastructure;

namespace ChainOfCode.CodeFixes.Tests;

/// <summary>
/// The light bulb opens without compiling the project: no code fix runs the analyzers (CompilationWithAnalyzers)
/// to decide whether it is offered. That a fix adds no COC diagnostic is proved by each fix's tests instead.
/// </summary>
public class LightBulbTests
{
    [Fact]
    public void The_code_fixes_never_host_the_analyzers()
    {
        using FileStream file = File.OpenRead(typeof(SafeCodeFixProvider).Assembly.Location);
        using var pe = new PEReader(file);
        MetadataReader metadata = pe.GetMetadataReader();

        var referenced = metadata.TypeReferences.Select(t => metadata.GetString(metadata.GetTypeReference(t).Name)).ToList();

        Assert.Contains("SemanticModel", referenced);
        Assert.DoesNotContain("CompilationWithAnalyzers", referenced);
        Assert.DoesNotContain("AnalyzerHost", referenced);
    }
}
