using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>A diagnostic carries the policy line or feature it matched, for the code fixes.</summary>
public class DiagnosticPropertiesTests
{
    private static Diagnostic Single(string source)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "props",
            [CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        return Assert.Single(new AnalyzerHost(compilation, AnalyzerHost.For(Policy.Default), includeSuppressed: false).Analyze(CancellationToken.None));
    }

    [Fact]
    public void A_symbol_finding_carries_its_catalog_line()
    {
        Diagnostic finding = Single("class C { string M() => System.IO.File.ReadAllText(\"x\"); }");

        Assert.Equal("T:System.IO.File", finding.Properties[RuleDescriptors.EntryProperty]);
    }

    [Fact]
    public void A_feature_finding_carries_its_feature()
    {
        Diagnostic finding = Single("class C { dynamic M() => 1; }");

        Assert.Equal("dynamic", finding.Properties[RuleDescriptors.FeatureProperty]);
    }
}
