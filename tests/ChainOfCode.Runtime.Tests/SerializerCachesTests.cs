using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Runtime.Tests;

/// <summary>Which scripts get the serializer's caches cleared after their run: the policy's <c>serializer-cache</c> type lines.</summary>
public sealed class SerializerCachesTests
{
    [Theory]
    [InlineData("return System.Text.Json.JsonSerializer.Serialize(1);", true)]
    [InlineData("return System.Text.Json.Nodes.JsonNode.Parse(\"1\");", true)]
    [InlineData("return 1 + 1;", false)]
    public void A_script_naming_a_catalog_serializer_type_clears_the_caches(string code, bool named)
    {
        Assert.Equal(named, SerializerCaches.IsNamedIn(Parse(code), Policy.Default, CancellationToken.None));
    }

    [Fact]
    public void A_type_line_added_to_the_policy_marks_that_type()
    {
        Policy policy = Policy.Parse("[guards]\nT:Demo.Json.Writer serializer-cache\n");

        Assert.True(SerializerCaches.IsNamedIn(Parse("return Writer.Write(1);"), policy, CancellationToken.None));
    }

    [Fact]
    public void Every_catalog_type_line_names_a_type_scripts_can_reach()
    {
        CSharpCompilation compilation = CSharpCompilation.Create("surface", references: ScriptReferences.References);

        Assert.All(Policy.Default.TypeHints, t => Assert.NotNull(compilation.GetTypeByMetadataName(t.Type[2..])));
    }

    private static Microsoft.CodeAnalysis.SyntaxTree Parse(string code) =>
        CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: Microsoft.CodeAnalysis.SourceCodeKind.Script));
}
