namespace ChainOfCode.Cli;

/// <summary>What <c>coc run</c>'s worker options ask of the worker pool (null: the pool's default).</summary>
/// <param name="CpuQuotaPercent">CPU bandwidth of the worker in percent of one CPU (cgroup).</param>
/// <param name="MemoryCgroupBytes">Memory of the worker's whole process (cgroup; native memory included).</param>
/// <param name="MaxTasks">Processes and threads the worker may have at once (cgroup pids limit).</param>
/// <param name="AllowDegradedIsolation">Run even where a layer of the worker's isolation cannot be applied.</param>
internal sealed record WorkerSettings(int? CpuQuotaPercent, long? MemoryCgroupBytes, long? MaxTasks, bool AllowDegradedIsolation)
{
    public static WorkerSettings None { get; } = new(null, null, null, false);
}
