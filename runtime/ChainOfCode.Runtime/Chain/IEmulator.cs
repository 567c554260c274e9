using System.Threading;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// Answers what the interpreter cannot run: the "LMulator" of Chain of Code. A reply is JSON text —
/// for a call, the value (<see cref="EmulationRequest.ReturnType"/>); for a statement, an object with the
/// new value of each of <see cref="EmulationRequest.Targets"/>. The runner parses it strictly
/// (<see cref="LiteralParser"/>) and asks again, a bounded number of times, when it is malformed.
/// Throw <see cref="EmulatorException"/> to end the run with <c>emulation_failed</c> and a message.
/// </summary>
public interface IEmulator
{
    /// <summary>Returns the reply text for one request.</summary>
    Task<string> EmulateAsync(EmulationRequest request, CancellationToken cancellationToken);
}
