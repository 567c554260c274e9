using System.Collections.Generic;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>When a worker is replaced instead of serving another run.</summary>
internal static class WorkerRecycling
{
    /// <summary>Statuses after which the worker's process is as fresh as before the run.</summary>
    private static readonly HashSet<ScriptStatus> Healthy = [ScriptStatus.Succeeded, ScriptStatus.CompileError, ScriptStatus.Rejected, ScriptStatus.RuntimeError, ScriptStatus.EmulationFailed];

    /// <summary>
    /// A worker that hit a limit, crashed, missed its deadline, died, served its runs or used half its CPU-time
    /// limit goes before the run is answered.
    /// </summary>
    public static bool MustRetire(WorkerProcess worker, WorkerOutcome outcome, WorkerPoolOptions options) =>
        outcome.Recycle
        || !Healthy.Contains(outcome.Result.Status)
        || worker.Runs >= options.MaxRunsPerWorker
        || worker.CpuTime.TotalSeconds * 2 > options.CpuSecondsLimit
        || worker.HasExited;
}
