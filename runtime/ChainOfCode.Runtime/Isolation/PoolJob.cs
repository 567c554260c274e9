using System;
using System.Threading;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>One submission to a <see cref="WorkerPool"/>: the request, its deadline, its caller's token and its one answer.</summary>
internal sealed class PoolJob(WorkerMessage message, TimeSpan deadline, CancellationToken cancellationToken)
{
    public WorkerMessage Message { get; } = message;

    public TimeSpan Deadline { get; } = deadline;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>A slot took the job (under the pool's lock): from then on the slot answers it, a cancellation included.</summary>
    public bool Taken { get; set; }

    public TaskCompletionSource<WorkerOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>For a chain run: answers the worker's emulator questions (on the host; the worker never reaches a model).</summary>
    public Func<Chain.EmulationRequest, CancellationToken, Task<Chain.EmulationAnswer>>? Emulate { get; init; }
}
