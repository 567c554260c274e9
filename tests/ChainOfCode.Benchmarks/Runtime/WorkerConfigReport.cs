using System.Diagnostics;
using System.Globalization;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 4, round 6b: the worker's runtime configuration side by side. Each variant is the shipped (ReadyToRun) worker
/// with extra runtime settings (<c>TieredPGO=1</c>, <c>GCgen0size=0x4000000,TC_QuickJitForLoops=0</c>: <c>DOTNET_</c>
/// variables, which override the worker's runtimeconfig.json), <c>base</c> (nothing added), <c>plain</c> (the IL
/// worker beside the benchmarks, optionally <c>plain+Name=value</c>) or a worker's full path (another build of it). Every round runs each variant once, in turns
/// (the order reversed every other round), through a fresh 2-worker pool that never retires: its start, its first
/// result, <c>runs</c> distinct scripts (timed in two halves: the second, "late", once the workers are warmer) and then
/// the same script <c>runs</c> times, 4 in flight. The workers' CPU and
/// resident memory are read from /proc. Ratios are per round against the first variant, then the median. Linux only.
/// </summary>
public static class WorkerConfigReport
{
    private static readonly string[] Measures =
        ["ready ms", "first run ms", "start CPU ms/worker", "distinct runs/s", "distinct CPU ms/run", "late distinct runs/s", "late distinct CPU ms/run", "cached runs/s", "cached CPU ms/run", "RSS at ready MB", "RSS growth distinct MB", "RSS growth cached MB"];

    public static void Run(int rounds, int runs, string[] variants)
    {
        variants = variants.Length == 0 ? ["base", "TieredPGO=1"] : variants;
        var results = variants.ToDictionary(v => v, _ => Measures.ToDictionary(m => m, _ => new List<double>()));
        for (int round = 0; round < rounds; round++)
        {
            foreach (string variant in round % 2 == 0 ? variants : variants.Reverse())
            {
                Dictionary<string, double> sample = Sample(variant, runs);
                Console.WriteLine($"round {round + 1} {variant}: " + string.Join("; ", Measures.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m} {sample[m]:F1}"))));
                foreach ((string measure, double value) in sample)
                {
                    results[variant][measure].Add(value);
                }
            }
        }

        Console.WriteLine($"medians of {rounds} rounds, {runs} runs each way; ratio = median of the per-round ratios to {variants[0]}:");
        Console.WriteLine("| measure | " + string.Join(" | ", variants) + " |");
        Console.WriteLine("|---|" + string.Concat(variants.Select(_ => "--:|")));
        foreach (string measure in Measures)
        {
            List<double> baseline = results[variants[0]][measure];
            Console.WriteLine($"| {measure} | " + string.Join(" | ", variants.Select(v =>
            {
                List<double> values = results[v][measure];
                string median = PairedReports.Median(values).ToString("F1", CultureInfo.InvariantCulture);
                return v == variants[0] || measure.StartsWith("RSS growth", StringComparison.Ordinal)
                    ? median
                    : median + " (" + PairedReports.Median(values.Zip(baseline, (a, b) => a / b).ToList()).ToString("F2", CultureInfo.InvariantCulture) + "x)";
            })) + " |");
        }
    }

    /// <summary>The pool options of a variant (see the class summary) over <paramref name="options"/>.</summary>
    internal static WorkerPoolOptions Apply(string variant, WorkerPoolOptions options)
    {
        var settings = new Dictionary<string, string>();
        foreach (string part in variant.Split('+', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "plain")
            {
                options = options with { WorkerPath = Path.Combine(AppContext.BaseDirectory, "ChainOfCode.Worker.dll") };
            }
            else if (part.StartsWith('/'))
            {
                options = options with { WorkerPath = part };
            }
            else if (part != "base")
            {
                foreach (string setting in part.Split(','))
                {
                    settings[setting.Split('=')[0]] = setting.Split('=')[1];
                }
            }
        }

        return options with { RuntimeSettings = settings };
    }

    private static Dictionary<string, double> Sample(string variant, int runs)
    {
        var sample = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        using var pool = new WorkerPool(Apply(variant, new WorkerPoolOptions { WorkerCount = 2, MaxRunsPerWorker = int.MaxValue, WarmSpare = false }));
        pool.StartAsync().GetAwaiter().GetResult();
        sample["ready ms"] = clock.Elapsed.TotalMilliseconds;
        int[] workers = [.. pool.WorkerProcessIds.Select(top => WorkerProfile.Descendants(top).Last())];
        double startCpu = Cpu(workers);
        double rss0 = Resident(workers);
        WorkerBenchmarks.Check(pool.RunAsync(Shapes.Small(RuntimeJob.Next()), RuntimeJob.Options).GetAwaiter().GetResult());
        sample["first run ms"] = clock.Elapsed.TotalMilliseconds;
        sample["start CPU ms/worker"] = startCpu / workers.Length;
        sample["RSS at ready MB"] = rss0;

        // The distinct runs in two halves: the second ("late") shows the workers once their early runs have warmed them.
        double cpu0 = Cpu(workers);
        int early = runs / 2;
        double earlyRate = RuntimeReports.Throughput(early, code => pool.RunAsync(code, RuntimeJob.Options));
        double cpuHalf = Cpu(workers);
        sample["late distinct runs/s"] = RuntimeReports.Throughput(runs - early, code => pool.RunAsync(code, RuntimeJob.Options));
        double cpu1 = Cpu(workers);
        sample["distinct runs/s"] = runs / ((early / earlyRate) + ((runs - early) / sample["late distinct runs/s"]));
        sample["late distinct CPU ms/run"] = (cpu1 - cpuHalf) / (runs - early);
        double rss1 = Resident(workers);
        string same = Shapes.Small(-11);
        WorkerBenchmarks.Check(pool.RunAsync(same, RuntimeJob.Options).GetAwaiter().GetResult());
        WorkerBenchmarks.Check(pool.RunAsync(same, RuntimeJob.Options).GetAwaiter().GetResult());
        double cpu2 = Cpu(workers);
        sample["cached runs/s"] = RuntimeReports.Throughput(runs, _ => pool.RunAsync(same, RuntimeJob.Options));
        double cpu3 = Cpu(workers);
        sample["distinct CPU ms/run"] = (cpu1 - cpu0) / runs;
        sample["cached CPU ms/run"] = (cpu3 - cpu2) / runs;
        sample["RSS growth distinct MB"] = rss1 - rss0;
        sample["RSS growth cached MB"] = Resident(workers) - rss1;
        return sample;
    }

    /// <summary>The workers' CPU (user + system, every thread that ever ran) in milliseconds, summed.</summary>
    private static double Cpu(int[] workers) => workers.Sum(pid => WorkerProfile.Ticks(File.ReadAllText($"/proc/{pid}/stat")) * 10.0);

    /// <summary>The workers' mean resident memory in MB.</summary>
    private static double Resident(int[] workers) => workers.Average(pid => (double)WorkerProfile.ResidentMb(pid));
}
