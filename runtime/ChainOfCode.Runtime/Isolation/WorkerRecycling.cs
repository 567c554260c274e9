using System.Collections.Generic;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>When a worker is replaced instead of serving another run.</summary>
internal static class WorkerRecycling
{
    /// <summary>Statuses after which the worker's process is as fresh as before the run.</summary>
    private static readonly HashSet<ScriptStatus> Healthy = [ScriptStatus.Succeeded, ScriptStatus.CompileError, ScriptStatus.Rejected, ScriptStatus.RuntimeError, ScriptStatus.EmulationFailed];

    /// <summary>
    /// A worker that hit a limit, crashed, missed its deadline, died, served its runs, used half its CPU-time limit
    /// or grew past its resident-memory bound goes before the run is answered.
    /// </summary>
    public static bool MustRetire(WorkerProcess worker, WorkerOutcome outcome, WorkerPoolOptions options)
    {
        if (outcome.Recycle || !Healthy.Contains(outcome.Result.Status) || worker.Runs >= options.MaxRunsPerWorker || worker.HasExited)
        {
            return true;
        }

        (System.TimeSpan cpu, long resident) = worker.Usage;
        return cpu.TotalSeconds * 2 > options.CpuSecondsLimit || resident > options.EffectiveMaxResidentBytesPerWorker;
    }
}
