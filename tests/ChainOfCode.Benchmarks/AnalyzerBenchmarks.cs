using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ChainOfCode.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Benchmarks;

/// <summary>
/// Whole-project analysis of a generated project, side by side: binding alone (an analyzer that only
/// registers an operation action), BannedApiAnalyzers with the catalog's symbols, and ours in both modes.
/// Each iteration analyzes a fresh compilation, so every analyzer pays for binding.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AnalyzerBenchmarks
{
    private CSharpCompilation template = null!;
    private AnalyzerOptions bannedOptions = null!;
    private AnalyzerOptions denylistOptions = null!;
    private AnalyzerOptions allowlistOptions = null!;

    [Params(500)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        template = SyntheticProject.Create(Files);
        bannedOptions = new AnalyzerOptions(ImmutableArray.Create(SyntheticProject.BannedSymbols()));
        denylistOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        allowlistOptions = new AnalyzerOptions(ImmutableArray.Create(SyntheticProject.Policy("mode: allowlist\n")));
        Console.WriteLine($"// {Files} files, {SyntheticProject.CountLines(template)} lines");
    }

    [Benchmark(Baseline = true, Description = "binding only")]
    public int BindingOnly() => Run(new BindingOnlyAnalyzer(), denylistOptions);

    [Benchmark(Description = "BannedApiAnalyzers")]
    public int BannedApi() => Run(new Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.CSharpSymbolIsBannedAnalyzer(), bannedOptions);

    [Benchmark(Description = "ChainOfCode denylist")]
    public int ChainOfCodeDenylist() => Run(new CapabilityAnalyzer(), denylistOptions);

    [Benchmark(Description = "ChainOfCode allowlist")]
    public int ChainOfCodeAllowlist() => Run(new CapabilityAnalyzer(), allowlistOptions);

    private int Run(DiagnosticAnalyzer analyzer, AnalyzerOptions options)
    {
        // A fresh compilation: nothing bound yet, as in a build.
        CSharpCompilation compilation = template.RemoveAllSyntaxTrees().AddSyntaxTrees(template.SyntaxTrees);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }
}
