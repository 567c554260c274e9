using System;
using System.Threading;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime.Chain;

/// <summary>An emulator made of a function: for tests and for hosts that answer some calls themselves.</summary>
public sealed class DelegateEmulator : IEmulator
{
    private readonly Func<EmulationRequest, CancellationToken, Task<string>> reply;

    /// <summary>Wraps an asynchronous reply function.</summary>
    public DelegateEmulator(Func<EmulationRequest, CancellationToken, Task<string>> reply)
    {
        this.reply = reply ?? throw new ArgumentNullException(nameof(reply));
    }

    /// <summary>Wraps a synchronous reply function.</summary>
    public DelegateEmulator(Func<EmulationRequest, string> reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        this.reply = (request, _) => Task.FromResult(reply(request));
    }

    /// <inheritdoc />
    public Task<string> EmulateAsync(EmulationRequest request, CancellationToken cancellationToken) => reply(request, cancellationToken);
}
