using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Chain;
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

    /// <summary>A message's contract, and that of every type it holds, comes from the generated metadata, not from reflection.</summary>
    [Fact]
    public void The_protocol_serializes_with_its_generated_metadata()
    {
        JsonTypeInfo message = WorkerMessage.WireOptions.GetTypeInfo(typeof(WorkerMessage));

        Assert.All(message.Properties.Select(p => WorkerMessage.WireOptions.GetTypeInfo(p.PropertyType)).Append(message), info => Assert.IsType<WorkerJsonContext>(info.OriginatingResolver));
    }

    /// <summary>
    /// The protocol's generated serializer metadata (<c>WorkerJsonContext</c>) writes and reads exactly the wire form of
    /// <see cref="ScriptJson.Options"/>' reflection-built contract, every field of a message set.
    /// </summary>
    [Fact]
    public void A_message_with_every_field_has_the_wire_form_of_the_script_json_options()
    {
        using JsonDocument args = JsonDocument.Parse("""{"n":[1,2.5,"x",null,{"a":true}]}""");
        var message = new WorkerMessage
        {
            Kind = WorkerMessage.ResultKind,
            Nonce = "abc",
            Id = 7,
            Code = "return 1;",
            Input = "a\nb'<>&\u001b",
            Args = new Dictionary<string, JsonElement> { ["n"] = args.RootElement.GetProperty("n") },
            ArgsJson = """{"m":1}""",
            Limits = RunLimits.Default with { Timeout = TimeSpan.FromMilliseconds(1234), AbandonGrace = TimeSpan.FromSeconds(1) },
            InputLimits = InputLimits.Default with { Ranges = new Dictionary<string, NumberRange> { ["n"] = new(0, double.PositiveInfinity) } },
            MaxSourceLength = 10,
            MaxNesting = 20,
            PolicyText = "mode: allowlist",
            ArgsShape = "shape",
            VettedName = "v",
            VettedSha256 = "00",
            VettedFingerprint = "ff",
            TimeoutMs = 5,
            MaxEmulatorCalls = 3,
            EmulateFailingStatements = true,
            MaxTraceEntries = 9,
            EmulatorTimeoutMs = 100,
            Emulation = new EmulationRequest { Kind = EmulationKind.Call, Question = "q", Function = "f", Arguments = [args.RootElement], ReturnType = LiteralType.Int, Targets = new Dictionary<string, LiteralType> { ["x"] = LiteralType.String } },
            Reply = "1",
            Failure = "none",
            Trace = [new TraceEntry { Step = 1, Line = 2, Kind = TraceKind.EmulatedCall, Code = "f()", Value = args.RootElement }],
            TraceTruncated = false,
            Result = new ScriptResult
            {
                Status = ScriptStatus.OutputLimit,
                Value = args.RootElement,
                Output = "out",
                Error = "err",
                Diagnostics = [new ScriptDiagnostic("COC0001", "error", "no", 1, 2, "alt")],
                Usage = new ScriptUsage(1, 2, 3, 4, 5, 6),
                Isolation = "worker(x)",
            },
            Recycle = true,
            Events = [new SecurityEvent(DateTimeOffset.UnixEpoch, 4107, "RunAbandoned", LogLevel.Critical, 3, ScriptStatus.Timeout, ["COC0001"], "abandoned")],
        };
        string reflected = JsonSerializer.Serialize(message, ScriptJson.Options);

        Assert.Equal(reflected, Encoding.UTF8.GetString(message.ToBytes()));
        Assert.Equal(reflected, Encoding.UTF8.GetString(WorkerMessage.FromBytes(Encoding.UTF8.GetBytes(reflected)).ToBytes()));
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
    public void A_question_whose_type_nests_too_deep_is_a_protocol_violation()
    {
        // A hostile worker's question: nine array ranks, one past LiteralType.MaxNesting (its check throws ArgumentException).
        string question = """{"kind":"emulate","nonce":"n","id":1,"emulation":{"kind":"call","returnType":"int[][][][][][][][][]"}}""";

        Assert.Throws<WorkerProtocolException>(() => WorkerMessage.FromBytes(Encoding.UTF8.GetBytes(question)));
    }

    [Theory]
    [InlineData(WorkerMessage.MaxEvents, false)]
    [InlineData(WorkerMessage.MaxEvents + 1, true)]
    public void A_result_with_more_critical_events_than_a_run_raises_is_a_protocol_violation(int count, bool violation)
    {
        // A hostile worker's result with thousands of forged critical events would have the host log each one.
        var forged = new SecurityEvent(DateTimeOffset.UnixEpoch, 1, "RunAbandoned", LogLevel.Critical, 1, ScriptStatus.Timeout, [], "forged");
        string events = string.Join(",", Enumerable.Repeat(JsonSerializer.Serialize(forged, WorkerMessage.WireOptions), count));
        byte[] frame = Encoding.UTF8.GetBytes($$"""{"kind":"result","nonce":"n","id":1,"result":{"status":"succeeded"},"events":[{{events}}]}""");

        Exception? thrown = Record.Exception(() => WorkerMessage.FromBytes(frame));

        Assert.Equal(violation ? typeof(WorkerProtocolException) : null, thrown?.GetType());
    }

    [Fact]
    public async Task A_worker_that_sends_messages_nobody_asked_for_is_a_protocol_violation()
    {
        // A hostile worker floods the host between runs: every frame has the nonce and is a message, none is read. The
        // host must not hold them all (16 MB frames, as many as the pipe carries); it ends the worker instead.
        var frames = new MemoryStream();
        for (int i = 0; i < 100; i++)
        {
            await WorkerFraming.WriteFrameAsync(frames, new WorkerMessage { Kind = WorkerMessage.ReadyKind, Nonce = "n" }.ToBytes());
        }

        var stream = new EndSignallingStream(frames.ToArray());
        var violated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reader = new WorkerResponseReader(stream, "n", () => violated.TrySetResult());
        reader.Start();

        await Task.WhenAny(violated.Task, stream.Ended).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Contains("did not ask for", reader.Violation);
    }

    private sealed class EndSignallingStream(byte[] bytes) : MemoryStream(bytes)
    {
        private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Ended => ended.Task;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await base.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                ended.TrySetResult();
            }

            return read;
        }
    }

    [Fact]
    public void A_frame_that_is_not_a_message_is_a_protocol_violation()
    {
        Assert.Throws<WorkerProtocolException>(() => WorkerMessage.FromBytes(Encoding.UTF8.GetBytes("not json")));
        Assert.Throws<WorkerProtocolException>(() => WorkerMessage.FromBytes(Encoding.UTF8.GetBytes("{\"id\":1}")));
        Assert.Throws<WorkerProtocolException>(() => WorkerMessage.FromBytes(Encoding.UTF8.GetBytes("null")));
    }
}
