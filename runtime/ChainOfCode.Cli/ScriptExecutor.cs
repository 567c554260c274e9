using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Cli;

/// <summary>Runs a script in the chosen isolation: a worker process (the default) or the in-process runner.</summary>
internal static class ScriptExecutor
{
    public const string Worker = "worker";
    public const string InProcess = "inprocess";

    /// <summary>The worker process is the isolation boundary; in-process guards are defense in depth only.</summary>
    public const string DefaultIsolation = Worker;

    public static async Task<ScriptResult> RunAsync(string code, RunOptions options, string isolation, WorkerSettings settings, JsonLinesSecurityEventSink? events, CancellationToken cancellationToken)
    {
        if (isolation == InProcess)
        {
            return await new ScriptRunner(new ScriptRunnerOptions { EventSink = events }).RunAsync(code, options, cancellationToken).ConfigureAwait(false);
        }

        WorkerPool pool = CreatePool(options.Limits.MaxAllocatedBytes, runs: 1, settings, events);
        await using (pool.ConfigureAwait(false))
        {
            return await pool.RunAsync(code, options, "coc", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A one-worker pool for one command of coc, its worker kept warm for <paramref name="runs"/> runs
    /// (<c>coc eval</c> runs a program over a whole dataset). A single violation suspends nothing: the
    /// caller is the user at the terminal.
    /// </summary>
    public static WorkerPool CreatePool(long memoryLimitBytes, int runs, WorkerSettings? settings = null, JsonLinesSecurityEventSink? events = null)
    {
        settings ??= WorkerSettings.None;
        var poolOptions = new WorkerPoolOptions
        {
            WorkerCount = 1,
            MaxRunsPerWorker = Math.Max(1, runs),

            // The pool ends with the worker's last run: a spare would warm up for nothing.
            WarmSpare = false,
            MemoryLimitBytes = memoryLimitBytes,
            ViolationThreshold = 0,
            EventSink = events,
            AllowDegradedIsolation = settings.AllowDegradedIsolation,
        };
        poolOptions = poolOptions with
        {
            CpuQuotaPercent = settings.CpuQuotaPercent ?? poolOptions.CpuQuotaPercent,
            MemoryCgroupLimitBytes = settings.MemoryCgroupBytes ?? poolOptions.MemoryCgroupLimitBytes,
            PidsLimit = settings.MaxTasks is { } tasks ? (int)tasks : poolOptions.PidsLimit,
        };

        try
        {
            return new WorkerPool(poolOptions);
        }
        catch (FileNotFoundException)
        {
            throw new UsageException("worker isolation is not available in this build (ChainOfCode.Worker.dll is not next to coc); use --isolation inprocess.");
        }
        catch (WorkerIsolationException e)
        {
            // Fail closed: no run with weaker isolation than asked unless the user says so.
            throw new IsolationUnavailableException(e.Message);
        }
    }
}
