namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// The process's CPU time (all threads: the analyzer driver runs its passes on the thread pool while the caller
/// waits) in milliseconds, from <see cref="Environment.CpuUsage"/> (user plus kernel time, 100 ns ticks).
/// </summary>
internal static class ProcessCpu
{
    public static double Milliseconds() => Environment.CpuUsage.TotalTime.TotalMilliseconds;
}
