using System.Diagnostics;
using System.Globalization;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// What the worker's file-system view (<c>fs-view</c>) costs: a fresh 1-worker pool's first run (start, warm-up, first
/// result) and the warm round trip of a cached script, with the view and without it, the two interleaved.
/// </summary>
internal static class FileSystemViewReport
{
    public static void Run(int repeats)
    {
        var first = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        var warm = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        string same = Shapes.Small(-7);
        for (int r = 0; r < repeats; r++)
        {
            foreach (bool view in new[] { true, false })
            {
                var clock = Stopwatch.StartNew();
                using var pool = new WorkerPool(new WorkerPoolOptions { WorkerCount = 1, UseFileSystemView = view });
                pool.StartAsync().GetAwaiter().GetResult();
                WorkerBenchmarks.Check(pool.RunAsync(same, RuntimeJob.Options).GetAwaiter().GetResult());
                first[view].Add(clock.Elapsed.TotalMilliseconds);
                for (int i = 0; i < 20; i++)
                {
                    clock.Restart();
                    WorkerBenchmarks.Check(pool.RunAsync(same, RuntimeJob.Options).GetAwaiter().GetResult());
                    warm[view].Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        foreach (bool view in new[] { false, true })
        {
            string name = view ? "with fs-view   " : "without fs-view";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: first run in a fresh 1-worker pool median {PairedReports.Median(first[view]):F0} ms of {repeats} ({string.Join(", ", first[view].Select(f => f.ToString("F0", CultureInfo.InvariantCulture)))}); warm round trip (cached script) median {PairedReports.Median(warm[view]):F1} ms of {warm[view].Count}"));
        }
    }
}
