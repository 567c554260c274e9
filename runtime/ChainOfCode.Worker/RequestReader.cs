using System;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Worker;

/// <summary>
/// Reads the host's frames as they come, also while a run executes: a <c>cancel</c> frame for the current run cancels
/// its token at once (the runner stops the script at its next checkpoint and answers with the output so far); every
/// other frame waits in order for the main loop or, during a chain run, for the emulator's wait. Only the host writes
/// this stream, and a cancel names the run it ends: one for another run, or between runs, changes nothing.
/// </summary>
internal sealed class RequestReader
{
    private readonly Stream requests;
    private readonly Channel<(WorkerMessage Message, CancellationToken Token)> frames =
        Channel.CreateBounded<(WorkerMessage, CancellationToken)>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
    private readonly Lock sync = new();
    private long runId;
    private CancellationTokenSource? run;

    public RequestReader(Stream requests) => this.requests = requests;

    public void Start() => _ = Task.Run(ReadLoopAsync);

    /// <summary>
    /// The next frame that is not a cancel, with the token of the run it starts (or is part of). Throws
    /// <see cref="ChannelClosedException"/> once the host closed the channel, with the reason as its inner exception
    /// when a frame was not a message (that ends the worker, as before). The channel's own wait, not another async method: a probe's
    /// stack overflow prints a short trace, whose first line the host's stderr tail must keep.
    /// </summary>
    public ValueTask<(WorkerMessage Message, CancellationToken Token)> ReadAsync(CancellationToken cancellationToken = default) =>
        frames.Reader.ReadAsync(cancellationToken);

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await WorkerFraming.ReadFrameAsync(requests).ConfigureAwait(false) is { } frame)
            {
                WorkerMessage message = WorkerMessage.FromBytes(frame);
                if (message.Kind == WorkerMessage.CancelKind)
                {
                    Cancel(message.Id);
                    continue;
                }

                await frames.Writer.WriteAsync((message, TokenOf(message))).ConfigureAwait(false);
            }

            frames.Writer.TryComplete();
        }
        catch (Exception e)
        {
            frames.Writer.TryComplete(e);
        }
    }

    /// <summary>A request (run, chain or probe) starts a run with a token of its own; an answer belongs to the current run.</summary>
    private CancellationToken TokenOf(WorkerMessage message)
    {
        lock (sync)
        {
            if (message.Kind != WorkerMessage.AnswerKind)
            {
                // The host sends the next request only after the previous result: that run is over (a source without a
                // timer holds nothing to release, and work a run left behind may still hold its token).
                run = new CancellationTokenSource();
                runId = message.Id;
            }

            return run?.Token ?? CancellationToken.None;
        }
    }

    private void Cancel(long id)
    {
        lock (sync)
        {
            if (run is not null && id == runId)
            {
                run.Cancel();
            }
        }
    }
}
