namespace ChainOfCode.Runtime.Chain;

/// <summary>The in-process channel: the script's thread asks the host's <see cref="EmulationBroker"/> directly and waits.</summary>
internal sealed class BrokerChannel(EmulationBroker broker) : IEmulationChannel
{
    // The script's thread is the run's own (no synchronization context): waiting on it cannot deadlock.
    public EmulationAnswer Ask(EmulationRequest request, System.Threading.CancellationToken stop) => broker.AskAsync(request, stop).GetAwaiter().GetResult();
}
