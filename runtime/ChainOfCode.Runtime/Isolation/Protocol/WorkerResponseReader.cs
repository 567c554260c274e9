using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// Reads a worker's frames into a channel, checking each frame's nonce: a frame with another nonce is a
/// forgery, recorded as the violation, and it ends the worker (through <c>onViolation</c>) and the channel.
/// </summary>
internal sealed class WorkerResponseReader
{
    private readonly Stream output;
    private readonly byte[] nonce;
    private readonly Action onViolation;
    // A worker sends one message and waits for the host's next (ready, then a result or a question per request): one
    // is read before the next can come. More unread messages than this are a worker sending what nobody asked for,
    // which the host must not hold (up to 16 MB each, as fast as the pipe carries them).
    private const int MaxUnread = 4;

    private readonly Channel<WorkerMessage> messages = Channel.CreateBounded<WorkerMessage>(new BoundedChannelOptions(MaxUnread) { SingleReader = true, SingleWriter = true });
    private volatile string? violation;

    public WorkerResponseReader(Stream output, string nonceText, Action onViolation)
    {
        this.output = output;
        nonce = Encoding.ASCII.GetBytes(nonceText);
        this.onViolation = onViolation;
    }

    /// <summary>The worker's messages, in order; completed when the worker's output ends.</summary>
    public ChannelReader<WorkerMessage> Messages => messages.Reader;

    /// <summary>Why the worker broke the protocol, or null.</summary>
    public string? Violation => violation;

    public void Start() => _ = Task.Run(ReadLoopAsync);

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                byte[]? frame = await WorkerFraming.ReadFrameAsync(output).ConfigureAwait(false);
                if (frame is null)
                {
                    messages.Writer.TryComplete();
                    return;
                }

                WorkerMessage message = WorkerMessage.FromBytes(frame);
                byte[] claimed = Encoding.ASCII.GetBytes(message.Nonce ?? string.Empty);
                if (!CryptographicOperations.FixedTimeEquals(claimed, nonce))
                {
                    throw new WorkerProtocolException("A frame with a wrong nonce reached the host (a forged frame).");
                }

                if (!messages.Writer.TryWrite(message))
                {
                    throw new WorkerProtocolException("The worker sent messages the host did not ask for.");
                }
            }
        }
        catch (WorkerProtocolException e)
        {
            violation = e.Message;
            onViolation();
            messages.Writer.TryComplete(e);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            messages.Writer.TryComplete();
        }
    }
}
