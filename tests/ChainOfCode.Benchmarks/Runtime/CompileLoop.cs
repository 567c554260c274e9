using System.Diagnostics;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 1, round 6: the pipeline's compile (gate, rewrite, emit) of distinct small scripts in a loop, for a profiler
/// (<c>dotnet-trace collect -- dotnet $B --compile-loop 2000</c>): a warm-up, then only the uncached compile.
/// </summary>
public static class CompileLoop
{
    public static void Run(int runs, int warmRuns = 50)
    {
        var warm = Stopwatch.StartNew();
        ScriptRunner.WarmUp();
        Console.WriteLine($"ScriptRunner.WarmUp: {warm.Elapsed.TotalMilliseconds:F0} ms wall, {ProcessCpu.Milliseconds():F0} ms process CPU since start");
        for (int i = 0; i < warmRuns; i++)
        {
            _ = ScriptPipeline.Compile(Shapes.Small(RuntimeJob.Next()), GateOptions.Default, CancellationToken.None);
        }

        Console.WriteLine($"warm after {warmRuns} compiles");
        double cpu0 = ProcessCpu.Milliseconds();
        var clock = Stopwatch.StartNew();
        double chunkCpu = cpu0;
        var chunk = Stopwatch.StartNew();
        for (int i = 1; i <= runs; i++)
        {
            _ = ScriptPipeline.Compile(Shapes.Small(RuntimeJob.Next()), GateOptions.Default, CancellationToken.None);
            if (i % 250 == 0)
            {
                double now = ProcessCpu.Milliseconds();
                Console.WriteLine($"  compiles {i - 249}-{i}: {chunk.Elapsed.TotalMilliseconds / 250:F2} ms wall, {(now - chunkCpu) / 250:F2} ms CPU each");
                chunkCpu = now;
                chunk.Restart();
            }
        }

        Console.WriteLine($"{runs} distinct compiles: {clock.Elapsed.TotalMilliseconds / runs:F2} ms wall, {(ProcessCpu.Milliseconds() - cpu0) / runs:F2} ms process CPU each");
    }
}
