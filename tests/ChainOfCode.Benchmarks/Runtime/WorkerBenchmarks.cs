using BenchmarkDotNet.Attributes;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 4a: the warm round trip through a 2-worker pool against the same run in process, for the same script
/// (cached compile on both sides) and for a distinct text each time (both compile).
/// </summary>
[RuntimeJob]
public class WorkerBenchmarks
{
    private readonly ScriptRunner runner = new();
    private readonly string same = Shapes.Small(-2);
    private WorkerPool pool = null!;

    [GlobalSetup]
    public void Setup()
    {
        ScriptRunner.WarmUp();
        pool = new WorkerPool(new WorkerPoolOptions { WorkerCount = 2, MaxRunsPerWorker = 1_000_000 });
        pool.StartAsync().GetAwaiter().GetResult();
        for (int i = 0; i < 4; i++)
        {
            Check(pool.RunAsync(same, RuntimeJob.Options).GetAwaiter().GetResult());
        }

        RawScripts.Guarded(runner, same);
    }

    [GlobalCleanup]
    public void Cleanup() => pool.Dispose();

    [Benchmark(Baseline = true, Description = "in process, same text")]
    public object InProcess() => RawScripts.Guarded(runner, same);

    [Benchmark(Description = "worker, same text")]
    public object Worker() => Check(pool.RunAsync(same, RuntimeJob.Options).GetAwaiter().GetResult());

    [Benchmark(Description = "in process, distinct text")]
    public object InProcessDistinct() => RawScripts.Guarded(runner, Shapes.Small(RuntimeJob.Next()));

    [Benchmark(Description = "worker, distinct text")]
    public object WorkerDistinct() => Check(pool.RunAsync(Shapes.Small(RuntimeJob.Next()), RuntimeJob.Options).GetAwaiter().GetResult());

    internal static ScriptResult Check(ScriptResult result) =>
        result.Status == ScriptStatus.Succeeded ? result : throw new InvalidOperationException($"{result.Status}: {result.Error}");
}
