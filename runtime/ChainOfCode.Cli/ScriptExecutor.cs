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

    public static async Task<ScriptResult> RunAsync(string code, RunOptions options, string isolation, CancellationToken cancellationToken)
    {
        if (isolation == InProcess)
        {
            return await new ScriptRunner().RunAsync(code, options, cancellationToken).ConfigureAwait(false);
        }

        var poolOptions = new WorkerPoolOptions
        {
            WorkerCount = 1,
            MaxRunsPerWorker = 1,
            MemoryLimitBytes = options.Limits.MaxAllocatedBytes,

            // One run per process of coc: a single violation must not suspend anything.
            ViolationThreshold = 0,
        };

        WorkerPool pool;
        try
        {
            pool = new WorkerPool(poolOptions);
        }
        catch (FileNotFoundException)
        {
            throw new UsageException("worker isolation is not available in this build (ChainOfCode.Worker.dll is not next to coc); use --isolation inprocess.");
        }

        await using (pool.ConfigureAwait(false))
        {
            return await pool.RunAsync(code, options, "coc", cancellationToken).ConfigureAwait(false);
        }
    }
}
