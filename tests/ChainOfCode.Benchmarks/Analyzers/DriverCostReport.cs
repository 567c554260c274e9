using System.Collections.Immutable;
using System.Diagnostics;
using ChainOfCode.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Benchmarks.Analyzers;

/// <summary>
/// `--driver-cost realcode DIR | corpus small|big [FILES] [ROUNDS]`: what each kind of registration of
/// <see cref="CapabilityAnalyzer"/> costs the whole analysis, the driver's work included (which callback
/// telemetry does not count): process CPU and allocations of the analysis of a fresh compilation, over
/// binding only, for BannedApiAnalyzers, ours, and ours with only some kinds of registrations kept.
/// </summary>
public static class DriverCostReport
{
    public static void Run(CSharpCompilation template, int rounds)
    {
        Console.WriteLine($"{template.SyntaxTrees.Count()} files, {SyntheticProject.CountLines(template)} lines; {rounds} rounds, process CPU and allocations per analysis (median)");
        var noOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var sides = new (string Name, Func<DiagnosticAnalyzer[]> Create, AnalyzerOptions Options)[]
        {
            ("binding only", () => [new BindingOnlyAnalyzer()], noOptions),
            ("BannedApiAnalyzers", () => [new Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.CSharpSymbolIsBannedAnalyzer()], new AnalyzerOptions(ImmutableArray.Create(SyntheticProject.BannedSymbols()))),
            ("ours", () => [new CapabilityAnalyzer()], noOptions),
            ("ours: operation only", () => [new RegistrationFilter(new CapabilityAnalyzer(), kind => kind == "operation")], noOptions),
            ("ours: operation + symbol", () => [new RegistrationFilter(new CapabilityAnalyzer(), kind => kind is "operation" or "symbol")], noOptions),
            ("ours: operation + syntax node", () => [new RegistrationFilter(new CapabilityAnalyzer(), kind => kind is "operation" or "syntax node")], noOptions),
            ("ours: the package's three analyzers", () => [new CapabilityAnalyzer(), new ScriptShapeAnalyzer(), new PolicyFileAnalyzer()], noOptions),
        };
        // COC_DRIVER_SIDES=1,2,6: only those sides (binding only is always measured).
        if (Environment.GetEnvironmentVariable("COC_DRIVER_SIDES") is { Length: > 0 } only)
        {
            var chosen = only.Split(',').Select(int.Parse).Prepend(0).Distinct().ToList();
            sides = chosen.Select(i => sides[i]).ToArray();
        }

        var cpu = sides.Select(_ => new List<double>()).ToArray();
        var wall = sides.Select(_ => new List<double>()).ToArray();
        var allocated = sides.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round <= rounds; round++)
        {
            // Round 0 warms the JIT and is not counted; the order turns each round.
            for (int k = 0; k < sides.Length; k++)
            {
                int i = (k + round) % sides.Length;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var withAnalyzers = SideBySideReport.Fresh(template).WithAnalyzers(
                    sides[i].Create().ToImmutableArray(),
                    new CompilationWithAnalyzersOptions(sides[i].Options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
                long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
                TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                long start = Stopwatch.GetTimestamp();
                withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                double elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
                double megabytes = (GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / 1e6;
                if (round > 0)
                {
                    cpu[i].Add(cpuMs);
                    wall[i].Add(elapsed);
                    allocated[i].Add(megabytes);
                }
            }
        }

        // Differences are taken within a round (the same load on both sides), then the median over rounds.
        double OverBinding(List<double>[] values, int i) => SideBySideReport.Median(values[i].Zip(values[0], (v, b) => v - b).ToList());
        int theirs = Array.FindIndex(sides, s => s.Name == "BannedApiAnalyzers");
        double theirsCpu = theirs < 0 ? double.NaN : OverBinding(cpu, theirs);
        Console.WriteLine("| analyzer | process CPU | over binding only | / BannedApiAnalyzers' | wall-clock | over binding only | allocated | over binding only |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|");
        for (int i = 0; i < sides.Length; i++)
        {
            Console.WriteLine($"| {sides[i].Name} | {SideBySideReport.Median(cpu[i]):F0} ms | {OverBinding(cpu, i):F0} ms | {OverBinding(cpu, i) / theirsCpu:F2} "
                + $"| {SideBySideReport.Median(wall[i]):F0} ms | {OverBinding(wall, i):F0} ms | {SideBySideReport.Median(allocated[i]):F0} MB | {OverBinding(allocated, i):F1} MB |");
        }
    }
}
