using System.Collections.Immutable;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>The one host of the analyzers outside a build (the gate, coc check): COC findings kept, a crash is an error.</summary>
public class AnalyzerHostTests
{
    private static CSharpCompilation Compile(string source) => CSharpCompilation.Create(
        "hosted",
        [CSharpSyntaxTree.ParseText(source)],
        Basic.Reference.Assemblies.Net100.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public void Keeps_the_findings_of_the_rules_and_nothing_else()
    {
        var host = new AnalyzerHost(Compile("class C { string M() => System.IO.File.ReadAllText(\"x\"); int unused; }"), AnalyzerHost.For(Policy.Default), includeSuppressed: false);

        Diagnostic finding = Assert.Single(host.Analyze(CancellationToken.None));

        Assert.Equal("COC0001", finding.Id);
    }

    [Fact]
    public void A_crashing_analyzer_is_an_error()
    {
        var host = new AnalyzerHost(Compile("class C { }"), ImmutableArray.Create<DiagnosticAnalyzer>(new CrashingAnalyzer()), includeSuppressed: false);

        Diagnostic failure = Assert.Single(host.Analyze(CancellationToken.None));

        Assert.Equal(AnalyzerHost.AnalyzerFailureId, failure.Id);
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
        Assert.Contains("broken analyzer", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Suppressed_findings_count_when_asked()
    {
        const string Source = "#pragma warning disable COC0001\nclass C { string M() => System.IO.File.ReadAllText(\"x\"); }";

        Assert.Empty(new AnalyzerHost(Compile(Source), AnalyzerHost.For(Policy.Default), includeSuppressed: false).Analyze(CancellationToken.None));
        Assert.Equal("COC0001", Assert.Single(new AnalyzerHost(Compile(Source), AnalyzerHost.For(Policy.Default), includeSuppressed: true).Analyze(CancellationToken.None)).Id);
    }

#pragma warning disable RS1001, RS1025, RS1026, RS2008 // a test double handed to the host, never loaded as a compiler extension
    private sealed class CrashingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("TEST0001", "never", "never", "test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("broken analyzer"));
        }
    }
#pragma warning restore RS1001, RS1025, RS1026, RS2008
}
