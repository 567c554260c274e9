using System.Text.Json;

namespace ChainOfCode.Runtime.Chain;

/// <summary>The emulator's answer as the run sees it: a JSON value that passed the strict parser, or why there is none.</summary>
internal sealed record EmulationAnswer(JsonElement? Value, string? Failure)
{
    public static EmulationAnswer Failed(string failure) => new(null, failure);
}

/// <summary>
/// How a run reaches its emulator, from the script's thread: directly through the host's
/// <see cref="EmulationBroker"/> in process, or over the worker protocol from a worker process (where the
/// host's broker answers; the worker never reaches a model or a network itself).
/// </summary>
internal interface IEmulationChannel
{
    /// <summary>
    /// Blocks the script's thread until the answer is there (the run's deadline is paused meanwhile);
    /// <paramref name="stop"/> is cancelled when the run is killed, so a kill does not wait for the emulator.
    /// </summary>
    EmulationAnswer Ask(EmulationRequest request, System.Threading.CancellationToken stop);
}
