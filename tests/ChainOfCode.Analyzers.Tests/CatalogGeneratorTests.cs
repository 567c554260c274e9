using System.Collections.Immutable;
using ChainOfCode.CatalogGenerator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>The build-time generator of RuleIds and the descriptors, run on small catalogs.</summary>
public class CatalogGeneratorTests
{
    private const string OneRule = """
        help-base: https://example.invalid/
        [COC0001] File system
        kind: capability
        name: FileSystem
        severity: error
        category: ChainOfCode.Security
        help: docs/rules/COC0001.md
        because: reaches the file system
        alternative: Pass the data in.
        T:System.IO.File
        [allow]
        T:System.Object
        """;

    private static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(string catalog)
    {
        CSharpCompilation input = CSharpCompilation.Create(
            "catalog",
            references: Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(DiagnosticDescriptor).Assembly.Location)),
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ChainOfCode.CatalogGenerator.CatalogGenerator().AsSourceGenerator()],
            [new CatalogFile(catalog)]);
        driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        return (output, output.GetDiagnostics());
    }

    [Fact]
    public void A_section_becomes_a_constant_and_a_descriptor_that_compile()
    {
        (Compilation output, ImmutableArray<Diagnostic> diagnostics) = Run(OneRule);

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        IFieldSymbol id = Assert.IsAssignableFrom<IFieldSymbol>(Assert.Single(output.GetTypeByMetadataName("ChainOfCode.Analyzers.Rules.RuleIds")!.GetMembers("FileSystem")));
        Assert.Equal("COC0001", id.ConstantValue);
        Assert.Single(output.GetTypeByMetadataName("ChainOfCode.Analyzers.RuleDescriptors")!.GetMembers("FileSystem"));
    }

    [Fact]
    public void A_section_without_its_kind_fails_the_build_with_the_reason()
    {
        (_, ImmutableArray<Diagnostic> diagnostics) = Run(OneRule.Replace("kind: capability\n", string.Empty, StringComparison.Ordinal));

        Diagnostic error = Assert.Single(diagnostics, d => d.Id == "CS1029");
        Assert.Contains("[COC0001] has no 'kind:' line", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class CatalogFile(string text) : AdditionalText
    {
        public override string Path => "/catalog/" + ChainOfCode.CatalogGenerator.CatalogGenerator.CatalogFileName;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
