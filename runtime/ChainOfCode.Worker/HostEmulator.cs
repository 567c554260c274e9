using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using ChainOfCode.Runtime.Chain;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Worker;

/// <summary>
/// The worker's emulator during a chain run: each question goes to the host as an <c>emulate</c> frame,
/// and the host's <c>answer</c> frame (already checked by its strict parser) comes back. The worker never
/// reaches a model or a network; during a chain run the host sends nothing but answers (and perhaps a cancel, which
/// the <see cref="RequestReader"/> handles itself), so the next frame it holds is read here, by the one waiting question.
/// </summary>
internal sealed class HostEmulator(RequestReader requests, Stream responses, string nonce, long runId) : IEmulator
{
    public async Task<string> EmulateAsync(EmulationRequest request, CancellationToken cancellationToken)
    {
        var question = new WorkerMessage { Kind = WorkerMessage.EmulateKind, Nonce = nonce, Id = runId, Emulation = request };
        await WorkerFraming.WriteFrameAsync(responses, question.ToBytes(), cancellationToken).ConfigureAwait(false);
        WorkerMessage answer;
        try
        {
            answer = (await requests.ReadAsync(cancellationToken).ConfigureAwait(false)).Message;
        }
        catch (ChannelClosedException)
        {
            throw new EmulatorException("The host closed the channel during the run.");
        }

        if (answer.Kind != WorkerMessage.AnswerKind || answer.Id != runId)
        {
            throw new EmulatorException("The host answered out of turn.");
        }

        return answer.Reply ?? throw new EmulatorException(answer.Failure ?? "The host gave no answer.");
    }
}
