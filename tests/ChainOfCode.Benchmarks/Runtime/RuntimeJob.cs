using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// The job of every runtime benchmark: in process (no generated project to build; the worker pool and the
/// compiler stay warm between iterations), full or quick (<c>--quick</c>: a few iterations, minutes not tens of them).
/// Every class compares against a baseline method of its own, measured in the same run.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RuntimeJobAttribute : Attribute, IConfigSource
{
    public RuntimeJobAttribute()
    {
        Job job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithStrategy(RunStrategy.Throughput);
        job = RuntimeJob.Quick
            ? job.WithWarmupCount(1).WithIterationCount(5).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(200)).WithId("quick")
            : job.WithWarmupCount(3).WithIterationCount(15).WithId("full");
        Config = ManualConfig.CreateEmpty().AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }

    public IConfig Config { get; }
}

/// <summary>What the runtime benchmarks share.</summary>
public static class RuntimeJob
{
    /// <summary>Set by <c>--quick</c>.</summary>
    public static bool Quick { get; set; }

    /// <summary>Generous limits: the benchmarks measure the guards' cost, not their stops.</summary>
    public static RunOptions Options { get; } = new()
    {
        Limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(60), MaxSteps = long.MaxValue / 2, MaxAllocatedBytes = 1L << 32 },
    };

    private static long counter;

    /// <summary>A number no earlier call returned: makes each script text distinct (no compile cache hit).</summary>
    public static long Next() => Interlocked.Increment(ref counter);
}
