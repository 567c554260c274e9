using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// The pool's live worker processes: starts them (registered as soon as they exist, so the kill switch
/// reaches a worker still warming up), retires them, and kills them all by process id.
/// </summary>
internal sealed class WorkerRoster
{
    private readonly ConcurrentDictionary<int, WorkerProcess> live = new();
    private readonly object sync = new();
    private readonly WorkerLauncher launcher;
    private readonly WorkerPoolOptions options;
    private readonly WorkerPoolReporter reporter;
    private bool closed;

    public WorkerRoster(WorkerLauncher launcher, WorkerPoolOptions options, WorkerPoolReporter reporter)
    {
        this.launcher = launcher;
        this.options = options;
        this.reporter = reporter;
    }

    public IReadOnlyList<int> ProcessIds => live.Keys.ToArray();

    /// <summary>Starts a warm worker for the epoch, or answers why none could start (null error: the epoch ended).</summary>
    public async Task<(WorkerProcess? Worker, string? Error)> StartAsync(PoolEpoch epoch)
    {
        WorkerProcess worker;
        try
        {
            worker = await WorkerProcess.StartAsync(launcher, options.StartupTimeout, w => Register(epoch, w), epoch.Cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            PruneDead();
            return (null, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A slot never dies of a failed start: the next run tries again and is answered either way.
            string error = MessageSanitizer.Sanitize(e is WorkerStartException ? e.Message : "The worker process failed to start: " + e.Message);
            reporter.Report(WorkerPoolEvents.WorkerStartFailed, LogLevel.Error, null, error);
            PruneDead();
            return (null, error);
        }

        if (epoch.Cancellation.IsCancellationRequested)
        {
            // The pool stopped while this worker was warming up.
            Retire(worker);
            return (null, null);
        }

        return (worker, null);
    }

    /// <summary>Kills a worker (if any), waits for it and forgets it.</summary>
    public void Retire(WorkerProcess? worker)
    {
        if (worker is null)
        {
            return;
        }

        live.TryRemove(new KeyValuePair<int, WorkerProcess>(worker.ProcessId, worker));
        worker.Dispose();
    }

    /// <summary>Kills every live worker by process id and waits (bounded) until each is gone; returns how many there were.</summary>
    public int KillAll()
    {
        WorkerProcess[] workers = [.. live.Values];
        foreach (WorkerProcess worker in workers)
        {
            worker.Kill();
        }

        foreach (WorkerProcess worker in workers)
        {
            worker.WaitForExit(TimeSpan.FromSeconds(10));
            live.TryRemove(new KeyValuePair<int, WorkerProcess>(worker.ProcessId, worker));
        }

        return workers.Length;
    }

    /// <summary>From now on a worker that registers is killed at once (the pool is being disposed).</summary>
    public void Close()
    {
        lock (sync)
        {
            closed = true;
        }
    }

    /// <summary>Disposes every worker left (the last step of disposing the pool).</summary>
    public void DisposeAll()
    {
        foreach (WorkerProcess worker in live.Values)
        {
            worker.Dispose();
        }

        live.Clear();
    }

    private void Register(PoolEpoch epoch, WorkerProcess worker)
    {
        lock (sync)
        {
            live[worker.ProcessId] = worker;
            if (!epoch.Cancellation.IsCancellationRequested && !closed)
            {
                return;
            }
        }

        worker.Kill();
    }

    private void PruneDead()
    {
        foreach (KeyValuePair<int, WorkerProcess> entry in live)
        {
            if (entry.Value.HasExited)
            {
                live.TryRemove(entry);
            }
        }
    }
}
