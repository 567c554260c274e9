using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Cli;

/// <summary>The emulator of <c>coc chain</c> and <c>coc eval</c> without <c>--emulator</c>: every request ends the run with a hint.</summary>
internal sealed class NoEmulator : IEmulator
{
    public Task<string> EmulateAsync(EmulationRequest request, CancellationToken cancellationToken) =>
        throw new EmulatorException(request.Kind == EmulationKind.Call
            ? $"{request.Function} on line {request.Line} needs an emulator: pass --emulator REPLIES.json."
            : $"The statement on line {request.Line} threw and needs an emulator: pass --emulator REPLIES.json.");
}
