using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// One slot of a <see cref="WorkerPool"/>: keeps one warm worker, takes the next job from the epoch's queue,
/// exchanges it with the worker, replaces the worker when the recycle policy says so, and answers the job.
/// Every job it takes gets exactly one answer, whatever happens to the worker. Once its worker has served half
/// its runs, the slot warms a spare (<see cref="WorkerPoolOptions.WarmSpare"/>), so the run after a retirement does not wait for a cold start (seconds: the
/// process, then the compiler's first script).
/// </summary>
internal sealed class WorkerSlot
{
    private readonly WorkerPool pool;
    private readonly WorkerRoster roster;
    private readonly WorkerPoolOptions options;
    private readonly WorkerPoolReporter reporter;
    private readonly PoolEpoch epoch;
    private readonly TaskCompletionSource ready;
    private Task<(WorkerProcess? Worker, string? Error)>? spare;

    public WorkerSlot(WorkerPool pool, WorkerRoster roster, WorkerPoolOptions options, WorkerPoolReporter reporter, PoolEpoch epoch, TaskCompletionSource ready)
    {
        this.pool = pool;
        this.roster = roster;
        this.options = options;
        this.reporter = reporter;
        this.epoch = epoch;
        this.ready = ready;
    }

    public async Task RunAsync()
    {
        CancellationToken token = epoch.Cancellation.Token;
        WorkerProcess? worker = null;
        bool startFailed = false;
        try
        {
            while (!token.IsCancellationRequested)
            {
                if (worker is null && !startFailed)
                {
                    (worker, _) = await NextWorkerAsync().ConfigureAwait(false);
                    startFailed = worker is null;
                    ready.TrySetResult();
                }

                PoolJob job;
                try
                {
                    job = await epoch.Queue.Reader.ReadAsync(token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
                {
                    break;
                }

                if (!pool.TakeFromQueue(job))
                {
                    continue;
                }

                WorkerOutcome outcome;
                try
                {
                    string? startError = null;
                    if (worker is null || worker.HasExited)
                    {
                        roster.Retire(worker);
                        (worker, startError) = await NextWorkerAsync().ConfigureAwait(false);
                        startFailed = worker is null;
                    }

                    if (worker is null)
                    {
                        outcome = pool.Outcome(token.IsCancellationRequested ? ScriptStatus.Killed : ScriptStatus.Crashed, startError ?? "The run was ended by the emergency stop.");
                    }
                    else
                    {
                        outcome = await worker.ExchangeAsync(job.Message, job.Deadline, pool.Isolation.Label, pool.RequestSentHandlers, job.Emulate, token, job.CancellationToken, options.CancelGrace).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Whatever went wrong on the host's side, the run is answered and the worker replaced.
                    outcome = pool.Outcome(ScriptStatus.Crashed, "The worker pool failed on this run: " + e.GetType().Name) with { Recycle = true };
                }

                pool.LeaveInFlight(job);
                if (worker is not null && WorkerRecycling.MustRetire(worker, outcome, options))
                {
                    if (outcome.Recycle && !token.IsCancellationRequested)
                    {
                        string why = outcome.Result.Error ?? "its run left script code running on another thread";
                        reporter.Report(WorkerPoolEvents.WorkerLost, LogLevel.Warning, outcome.Result.Status, $"Worker {worker.ProcessId} lost: {why}");
                    }

                    roster.Retire(worker);
                    worker = null;
                }
                else if (options.WarmSpare && worker is not null && spare is null && worker.Runs >= options.MaxRunsPerWorker - (options.MaxRunsPerWorker / 2))
                {
                    spare = Task.Run(StartSpareAsync);
                }

                job.Completion.TrySetResult(outcome);
            }
        }
        finally
        {
            ready.TrySetResult();
            roster.Retire(worker);
            if (spare is not null)
            {
                // The epoch is over: the spare's start was cancelled, or it is warm and unused.
                roster.Retire((await spare.ConfigureAwait(false)).Worker);
            }
        }
    }

    /// <summary>The warm spare when there is one (and it is alive), else a worker started now.</summary>
    private async Task<(WorkerProcess? Worker, string? Error)> NextWorkerAsync()
    {
        if (spare is { } pending)
        {
            spare = null;
            (WorkerProcess? worker, string? error) = await pending.ConfigureAwait(false);
            if (worker is { HasExited: false })
            {
                return (worker, error);
            }

            roster.Retire(worker);
        }

        return await roster.StartAsync(epoch).ConfigureAwait(false);
    }

    private async Task<(WorkerProcess? Worker, string? Error)> StartSpareAsync()
    {
        (WorkerProcess? Worker, string? Error) started = await roster.StartAsync(epoch).ConfigureAwait(false);
        if (started.Worker is { } worker)
        {
            pool.OnSpareReady(worker.ProcessId);
        }

        return started;
    }
}
