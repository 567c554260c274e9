using System.Threading;

namespace ChainOfCode.Runtime.Chain;

/// <summary>The in-process channel: the script's thread asks the host's <see cref="EmulationBroker"/> directly and waits.</summary>
internal sealed class BrokerChannel(EmulationBroker broker) : IEmulationChannel
{
    /// <summary>
    /// Waits on the run's own thread. The script's synchronization context (which brings the script's continuations
    /// back to this thread) is set aside meanwhile: the emulator is the host's code, and a continuation of it posted
    /// to this blocked thread would never run.
    /// </summary>
    public EmulationAnswer Ask(EmulationRequest request, CancellationToken stop)
    {
        SynchronizationContext? script = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return broker.AskAsync(request, stop).GetAwaiter().GetResult();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(script);
        }
    }
}
