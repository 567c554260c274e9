using System.Diagnostics;
using System.Globalization;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 4, round 8: the CPU-bound shapes of group 2 run in a worker, under each variant (as
/// <see cref="WorkerConfigReport"/> takes them): a runtime setting that keeps the compiler's ReadyToRun code from
/// tiering up must not leave a script's own hot code slow. Every round starts a fresh 1-worker pool per variant (in
/// turns, the order reversed every other round) and runs each shape <c>repeats</c> times (the first compiles, the rest
/// run the cached compile); the report is the median wall time of the repeats after the first, per shape, and its
/// ratio to the first variant (median of the per-round ratios).
/// </summary>
public static class WorkerShapesReport
{
    public static void Run(int rounds, int repeats, string[] variants)
    {
        variants = variants.Length == 0 ? ["base", "TieredCompilation=0"] : variants;
        var results = variants.ToDictionary(v => v, _ => Shapes.Cpu.Keys.ToDictionary(s => s, _ => new List<double>()));
        for (int round = 0; round < rounds; round++)
        {
            foreach (string variant in round % 2 == 0 ? variants : variants.Reverse())
            {
                using var pool = new WorkerPool(WorkerConfigReport.Apply(variant, new WorkerPoolOptions { WorkerCount = 1, MaxRunsPerWorker = int.MaxValue, WarmSpare = false }));
                pool.StartAsync().GetAwaiter().GetResult();
                foreach ((string shape, string code) in Shapes.Cpu)
                {
                    var times = new List<double>();
                    for (int i = 0; i < repeats; i++)
                    {
                        var clock = Stopwatch.StartNew();
                        WorkerBenchmarks.Check(pool.RunAsync(code, RuntimeJob.Options).GetAwaiter().GetResult());
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }

                    results[variant][shape].Add(PairedReports.Median(times.Skip(1).ToList()));
                }

                Console.WriteLine($"round {round + 1} {variant}: " + string.Join("; ", Shapes.Cpu.Keys.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s} {results[variant][s][^1]:F0} ms"))));
            }
        }

        Console.WriteLine($"medians of {rounds} rounds, {repeats - 1} cached runs each; ratio = median of the per-round ratios to {variants[0]}:");
        Console.WriteLine("| shape | " + string.Join(" | ", variants) + " |");
        Console.WriteLine("|---|" + string.Concat(variants.Select(_ => "--:|")));
        foreach (string shape in Shapes.Cpu.Keys)
        {
            List<double> baseline = results[variants[0]][shape];
            Console.WriteLine($"| {shape} | " + string.Join(" | ", variants.Select(v =>
            {
                List<double> values = results[v][shape];
                string median = PairedReports.Median(values).ToString("F0", CultureInfo.InvariantCulture) + " ms";
                return v == variants[0] ? median : median + " (" + PairedReports.Median(values.Zip(baseline, (a, b) => a / b).ToList()).ToString("F2", CultureInfo.InvariantCulture) + "x)";
            })) + " |");
        }
    }
}
