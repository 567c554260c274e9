using System.CommandLine;

namespace ChainOfCode.Cli;

/// <summary>The options of <c>coc run</c> that only a worker process honours; with <c>--isolation inprocess</c> they are a usage error.</summary>
internal sealed class WorkerOptions
{
    private readonly Option<int?> cpuQuota = new("--cpu-quota")
    {
        Description = "CPU bandwidth of the worker: 50% is half a CPU, 200% two (cgroup cpu.max / cpu.cfs_quota_us). Default 100%.",
        CustomParser = r => RunCommand.Parse(r, ValueParsers.ParsePercent),
    };

    private readonly Option<long?> workerMemory = new("--worker-memory")
    {
        Description = "Memory of the worker's whole process, native memory included (cgroup memory limit): 512MB, 1GB. Default: its heap limit plus 256MB.",
        CustomParser = r => RunCommand.Parse(r, ValueParsers.ParseSize),
    };

    private readonly Option<long?> maxTasks = new("--max-tasks")
    {
        Description = "Processes and threads the worker may have at once (cgroup pids.max). Default 256.",
        CustomParser = r => RunCommand.Parse(r, (string text, out string? error) => ValueParsers.ParseCount(text, 1_000_000, out error)),
    };

    private readonly Option<bool> allowDegraded = new("--allow-degraded-isolation")
    {
        Description = "Run even where a layer of the worker's isolation (namespaces, resource limits, unprivileged user) cannot be applied; the result's isolation label names what is missing. Without it coc refuses (exit 69).",
    };

    public static WorkerOptions Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(cpuQuota);
        command.Options.Add(workerMemory);
        command.Options.Add(maxTasks);
        command.Options.Add(allowDegraded);
    }

    /// <summary>The settings the user gave; a worker option with <c>--isolation inprocess</c> is a usage error.</summary>
    public WorkerSettings Read(ParseResult parse, string isolation)
    {
        var settings = new WorkerSettings(parse.GetValue(cpuQuota), parse.GetValue(workerMemory), parse.GetValue(maxTasks), parse.GetValue(allowDegraded));
        if (isolation == ScriptExecutor.InProcess && settings != WorkerSettings.None)
        {
            throw new UsageException("--cpu-quota, --worker-memory, --max-tasks and --allow-degraded-isolation apply to worker isolation only; drop them or use --isolation worker.");
        }

        return settings;
    }
}
