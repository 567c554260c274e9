using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChainOfCode.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Benchmarks.Analyzers;

/// <summary>
/// `--realcode DIR` and `--corpus big|small`: BannedApiAnalyzers and ChainOfCode (denylist) over the same
/// code in one process, alternately, each on a fresh compilation per round: callback time from Roslyn's
/// telemetry, the wall-clock of the analysis against binding alone and compiling alone, AD0001 count, and every diagnostic to a file.
/// </summary>
public static class SideBySideReport
{
    public static void Run(string label, CSharpCompilation template, int rounds, string diagnosticsPath)
    {
        var compileErrors = template.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Console.WriteLine($"{label}: {template.SyntaxTrees.Count()} files, {SyntheticProject.CountLines(template)} lines, {compileErrors.Count} compiler errors");
        foreach (Diagnostic error in compileErrors.Take(20))
        {
            Console.WriteLine($"  {error}");
        }

        var sides = new[]
        {
            new Side("binding only", () => new BindingOnlyAnalyzer(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)),
            new Side("BannedApiAnalyzers", () => new Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.CSharpSymbolIsBannedAnalyzer(), new AnalyzerOptions(ImmutableArray.Create(SyntheticProject.BannedSymbols()))),
            new Side("ChainOfCode denylist", () => new CapabilityAnalyzer(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)),
        };
        var compileOnly = new List<double>();
        for (int round = 0; round <= rounds; round++)
        {
            // Round 0 warms the JIT and the reference assemblies' metadata and is not counted.
            double compile = Time(() => Fresh(template).GetDiagnostics());
            foreach (Side side in round % 2 == 0 ? sides : sides.Reverse().ToArray())
            {
                side.RunOnce(template, round > 0);
            }

            if (round > 0)
            {
                compileOnly.Add(compile);
            }
        }

        double compileMedian = Median(compileOnly);
        Console.WriteLine($"median of {rounds} rounds (fresh compilation each, concurrentAnalysis: false); compile alone (GetDiagnostics) {compileMedian:F0} ms");
        Side binding = sides[0], theirs = sides[1], ours = sides[2];
        Console.WriteLine("| analyzer | callbacks (telemetry) | min | wall-clock (analysis of a fresh compilation) | over binding only | process CPU | over binding only | AD0001 | diagnostics |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (Side side in sides)
        {
            Console.WriteLine($"| {side.Name} | {Median(side.Callbacks):F0} ms | {side.Callbacks.Min():F0} ms | {Median(side.Wall):F0} ms | {Median(Minus(side.Wall, binding.Wall)):F0} ms "
                + $"| {Median(side.Cpu):F0} ms | {Median(Minus(side.Cpu, binding.Cpu)):F0} ms | {side.Exceptions} | {side.Diagnostics.Length} |");
        }

        Console.WriteLine($"ratio ours / BannedApiAnalyzers: callbacks {MedianRatio(ours.Callbacks, theirs.Callbacks):F2} (median of per-round ratios; ratio of medians {Median(ours.Callbacks) / Median(theirs.Callbacks):F2}), "
            + $"wall-clock {MedianRatio(ours.Wall, theirs.Wall):F3}, wall-clock over binding only {MedianRatio(Minus(ours.Wall, binding.Wall), Minus(theirs.Wall, binding.Wall)):F2}, "
            + $"CPU {MedianRatio(ours.Cpu, theirs.Cpu):F3}, CPU over binding only {Median(Minus(ours.Cpu, binding.Cpu)) / Median(Minus(theirs.Cpu, binding.Cpu)):F2} (medians of the differences within a round; read it against how far binding only moves between rounds: {binding.Cpu.Min():F0}-{binding.Cpu.Max():F0} ms)");
        WriteDiagnostics(diagnosticsPath, label, sides.Skip(1).ToArray());
        Console.WriteLine($"every diagnostic: {Path.GetFullPath(diagnosticsPath)}");
    }

    /// <summary>`--profile`: one run of each analyzer under <see cref="CallbackProfiler"/>, the top entries by time.</summary>
    public static void Profile(CSharpCompilation template, int top)
    {
        var analyzers = new (string Name, DiagnosticAnalyzer Analyzer, AnalyzerOptions Options)[]
        {
            ("BannedApiAnalyzers", new Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.CSharpSymbolIsBannedAnalyzer(), new AnalyzerOptions(ImmutableArray.Create(SyntheticProject.BannedSymbols()))),
            ("ChainOfCode denylist", new CapabilityAnalyzer(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)),
        };
        foreach (var (name, analyzer, options) in analyzers)
        {
            // Once to warm up, once measured.
            CallbackProfiler profiler = null!;
            int[] collections = new int[3];
            TimeSpan pause = TimeSpan.Zero;
            for (int i = 0; i < 2; i++)
            {
                for (int generation = 0; generation < 3; generation++)
                {
                    collections[generation] = GC.CollectionCount(generation);
                }

                pause = GC.GetTotalPauseDuration();
                profiler = new CallbackProfiler(analyzer);
                Fresh(template).WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(profiler), new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false))
                    .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            }

            var entries = profiler.Report().ToList();
            Console.WriteLine($"{name}: garbage collections during the measured analysis (binding included): gen0 {GC.CollectionCount(0) - collections[0]}, gen1 {GC.CollectionCount(1) - collections[1]}, gen2 {GC.CollectionCount(2) - collections[2]}, pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms");
            Console.WriteLine($"{name}: {entries.Sum(e => e.Entry.Count)} callbacks, {entries.Sum(e => e.Entry.Milliseconds):F0} ms thread CPU ({entries.Sum(e => e.Entry.WithCollectionNanoseconds) / 1e6:F0} ms of it in {entries.Sum(e => e.Entry.WithCollection)} callbacks during which a gen0+ collection ran), "
                + $"{entries.Sum(e => e.Entry.WallMilliseconds):F0} ms wall-clock ({entries.Sum(e => e.Entry.WithCollectionWallMilliseconds):F0} ms of it in those callbacks), {entries.Sum(e => e.Entry.AllocatedBytes) / 1e6:F1} MB allocated (summed per callback)");
            Console.WriteLine("| callback | count | CPU ms | CPU µs each | CPU ms without collections | wall ms | wall µs each | bytes allocated each |");
            Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|");
            foreach (var (entryName, entry) in entries.Take(top))
            {
                Console.WriteLine($"| {entryName} | {entry.Count} | {entry.Milliseconds:F1} | {entry.Milliseconds * 1000 / entry.Count:F2} | {(entry.Nanoseconds - entry.WithCollectionNanoseconds) / 1e6:F1} "
                    + $"| {entry.WallMilliseconds:F1} | {entry.WallMilliseconds * 1000 / entry.Count:F2} | {(double)entry.AllocatedBytes / entry.Count:F0} |");
            }
        }
    }

    internal static CSharpCompilation Fresh(CSharpCompilation template) =>
        template.RemoveAllSyntaxTrees().AddSyntaxTrees(template.SyntaxTrees);

    private static void WriteDiagnostics(string path, string label, Side[] sides)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(label).Append(": every analyzer diagnostic, BannedApiAnalyzers 5.6.0 (catalog symbol lines) and ChainOfCode denylist\n");
        foreach (Side side in sides)
        {
            text.Append("\n## ").Append(side.Name).Append(": ").Append(side.Diagnostics.Length).Append(" diagnostics; by ID: ")
                .Append(string.Join(", ", side.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))).Append('\n');
            foreach (Diagnostic diagnostic in side.Diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                string source = diagnostic.Location.SourceTree is { } tree ? tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim() : "";
                text.Append(diagnostic.Id).Append('\t')
                    .Append(span.Path).Append(':').Append(span.StartLinePosition.Line + 1).Append(':').Append(span.StartLinePosition.Character + 1).Append('\t')
                    .Append(diagnostic.GetMessage(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(source).Append('\n');
            }
        }

        File.WriteAllText(path, text.ToString());
    }

    private static double Time(Action action)
    {
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static List<double> Minus(List<double> values, List<double> baseline) => values.Zip(baseline, (v, b) => v - b).ToList();

    private static double MedianRatio(List<double> measured, List<double> baseline) =>
        Median(measured.Zip(baseline, (m, b) => m / b).ToList());

    private sealed class Side
    {
        private readonly Func<DiagnosticAnalyzer> create;
        private readonly AnalyzerOptions options;
        private int exceptions;

        public Side(string name, Func<DiagnosticAnalyzer> create, AnalyzerOptions options)
        {
            Name = name;
            this.create = create;
            this.options = options;
        }

        public string Name { get; }

        public List<double> Callbacks { get; } = new();

        public List<double> Wall { get; } = new();

        /// <summary>The process's CPU time over the analysis: not charged for waiting on a loaded machine.</summary>
        public List<double> Cpu { get; } = new();

        public ImmutableArray<Diagnostic> Diagnostics { get; private set; } = ImmutableArray<Diagnostic>.Empty;

        /// <summary>AD0001: exceptions thrown by the analyzer, over every round.</summary>
        public int Exceptions => exceptions;

        public void RunOnce(CSharpCompilation template, bool record)
        {
            DiagnosticAnalyzer analyzer = create();
            var withAnalyzers = Fresh(template).WithAnalyzers(
                ImmutableArray.Create(analyzer),
                new CompilationWithAnalyzersOptions(options, (_, _, _) => Interlocked.Increment(ref exceptions), concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            ImmutableArray<Diagnostic> diagnostics = default;
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            double wall = Time(() => diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            double callbacks = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
            Diagnostics = diagnostics;
            if (record)
            {
                Callbacks.Add(callbacks);
                Wall.Add(wall);
                Cpu.Add(cpu);
            }
        }
    }
}
