using System.Buffers.Binary;
using System.Text;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Worker.Tests;

/// <summary>The framing and the messages of the worker protocol, without processes.</summary>
public sealed class WorkerProtocolTests
{
    [Fact]
    public void A_one_sided_number_range_round_trips_through_a_message()
    {
        var message = new WorkerMessage
        {
            Kind = WorkerMessage.RunKind,
            InputLimits = InputLimits.Default with { Ranges = new Dictionary<string, NumberRange> { ["n"] = new(0, double.PositiveInfinity), ["m"] = new(double.NegativeInfinity, 0) } },
        };

        WorkerMessage back = WorkerMessage.FromBytes(message.ToBytes());
        Assert.Equal(message.InputLimits.Ranges, back.InputLimits!.Ranges);
    }

    [Fact]
    public async Task A_message_round_trips_through_a_frame()
    {
        var message = new WorkerMessage
        {
            Kind = WorkerMessage.ResultKind,
            Nonce = "abc",
            Id = 7,
            Result = new ScriptResult { Status = ScriptStatus.MemoryLimit, Error = "too much", Output = "\0\0\0\u0004{}" },
            Limits = RunLimits.Default with { Timeout = TimeSpan.FromMilliseconds(1234), AbandonGrace = TimeSpan.FromSeconds(1) },
            Events = [new SecurityEvent(DateTimeOffset.UnixEpoch, 4107, "RunAbandoned", LogLevel.Critical, 3, ScriptStatus.Timeout, ["COC0001"], "abandoned")],
        };
        using var stream = new MemoryStream();
        await WorkerFraming.WriteFrameAsync(stream, message.ToBytes());
        stream.Position = 0;

        WorkerMessage back = WorkerMessage.FromBytes((await WorkerFraming.ReadFrameAsync(stream))!);
        Assert.Equal(ScriptStatus.MemoryLimit, back.Result!.Status);
        Assert.Equal("\0\0\0\u0004{}", back.Result.Output);
        Assert.Equal(TimeSpan.FromMilliseconds(1234), back.Limits!.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(1), back.Limits.AbandonGrace);
        Assert.Equal(LogLevel.Critical, back.Events!.Single().Level);
        Assert.Equal(["COC0001"], back.Events!.Single().Rules);
        Assert.Null(await WorkerFraming.ReadFrameAsync(stream));
    }

    [Fact]
    public async Task An_oversized_or_truncated_frame_is_a_protocol_violation()
    {
        byte[] header = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, WorkerFraming.MaxFrameBytes + 1);
        await Assert.ThrowsAsync<WorkerProtocolException>(() => WorkerFraming.ReadFrameAsync(new MemoryStream(header)));

        BinaryPrimitives.WriteInt32BigEndian(header, -1);
        await Assert.ThrowsAsync<WorkerProtocolException>(() => WorkerFraming.ReadFrameAsync(new MemoryStream(header)));

        BinaryPrimitives.WriteInt32BigEndian(header, 10);
        await Assert.ThrowsAsync<WorkerProtocolException>(() => WorkerFraming.ReadFrameAsync(new MemoryStream([.. header, 1, 2, 3])));
        await Assert.ThrowsAsync<WorkerProtocolException>(() => WorkerFraming.ReadFrameAsync(new MemoryStream([0, 0])));
    }

    [Fact]
    public void A_frame_that_is_not_a_message_is_a_protocol_violation()
    {
        Assert.Throws<WorkerProtocolException>(() => WorkerMessage.FromBytes(Encoding.UTF8.GetBytes("not json")));
        Assert.Throws<WorkerProtocolException>(() => WorkerMessage.FromBytes(Encoding.UTF8.GetBytes("{\"id\":1}")));
        Assert.Throws<WorkerProtocolException>(() => WorkerMessage.FromBytes(Encoding.UTF8.GetBytes("null")));
    }
}
