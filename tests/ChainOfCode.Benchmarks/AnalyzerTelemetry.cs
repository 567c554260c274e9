using System.Collections.Immutable;
using ChainOfCode.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Benchmarks;

/// <summary>
/// `--telemetry`: the time spent inside each analyzer's own callbacks (Roslyn's analyzer telemetry),
/// without the binding every analyzer shares; the median of a few runs on fresh compilations.
/// </summary>
public static class AnalyzerTelemetry
{
    public static void Run(int files, int rounds)
    {
        CSharpCompilation template = SyntheticProject.Create(files);
        Console.WriteLine($"{files} files, {SyntheticProject.CountLines(template)} lines, median of {rounds} runs, callbacks only (concurrentAnalysis: false)");
        var cases = new (string Name, Func<DiagnosticAnalyzer> Create, AnalyzerOptions Options)[]
        {
            ("BannedApiAnalyzers", () => new Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.CSharpSymbolIsBannedAnalyzer(), new AnalyzerOptions(ImmutableArray.Create(SyntheticProject.BannedSymbols()))),
            ("ChainOfCode denylist", () => new CapabilityAnalyzer(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)),
            ("ChainOfCode allowlist", () => new CapabilityAnalyzer(), new AnalyzerOptions(ImmutableArray.Create(SyntheticProject.Policy("mode: allowlist\n")))),
        };

        foreach (var (name, create, options) in cases)
        {
            var times = new List<double>();
            int diagnostics = 0;
            for (int round = 0; round < rounds; round++)
            {
                DiagnosticAnalyzer analyzer = create();
                CSharpCompilation compilation = template.RemoveAllSyntaxTrees().AddSyntaxTrees(template.SyntaxTrees);
                var withAnalyzers = compilation.WithAnalyzers(
                    ImmutableArray.Create(analyzer),
                    new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
                times.Add(withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"| {name} | {times[times.Count / 2]:F0} ms | min {times[0]:F0} ms | {diagnostics} diagnostics |");
        }
    }
}
