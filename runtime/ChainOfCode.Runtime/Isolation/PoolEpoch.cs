using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// The life of a pool between two emergency stops: its queue, the token that ends its slots, and the tasks
/// that say each slot's first worker is warm. A reset starts a new epoch; nothing of the old one is reused.
/// </summary>
internal sealed class PoolEpoch
{
    public Channel<PoolJob> Queue { get; } = Channel.CreateUnbounded<PoolJob>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });

    public CancellationTokenSource Cancellation { get; } = new();

    public List<Task> Ready { get; } = [];
}
