using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// One message of the worker protocol, either way. Every message the worker sends carries the nonce
/// the host gave it at start; a message with another nonce is a forgery and ends the worker.
/// </summary>
internal sealed record WorkerMessage
{
    /// <summary>Host to worker, first frame: the nonce.</summary>
    public const string InitKind = "init";

    /// <summary>Worker to host: warmed up and waiting for runs.</summary>
    public const string ReadyKind = "ready";

    /// <summary>Host to worker: run a script.</summary>
    public const string RunKind = "run";

    /// <summary>Worker to host: the result of a run or a probe (a probe's outcome is the result's output).</summary>
    public const string ResultKind = "result";

    /// <summary>Host to worker (test-only probe mode): run a fixed raw probe without the gate.</summary>
    public const string ProbeKind = "probe";

    /// <summary>Host to worker: run a Chain-of-Code program (its question is <see cref="Input"/>).</summary>
    public const string ChainKind = "chain";

    /// <summary>Worker to host, during a chain run: a question for the emulator (<see cref="Emulation"/>); the worker waits for the answer.</summary>
    public const string EmulateKind = "emulate";

    /// <summary>
    /// Host to worker, during a run: the caller cancelled run <see cref="Id"/>; the worker cancels its token and answers
    /// as usual (the runner stops the script at its next checkpoint). The host only sends it; from a worker it is out of turn.
    /// </summary>
    public const string CancelKind = "cancel";

    /// <summary>Host to worker, during a chain run: the emulator's checked answer (<see cref="Reply"/>) or why there is none (<see cref="Failure"/>).</summary>
    public const string AnswerKind = "answer";

    /// <summary>What the message is (one of the <c>*Kind</c> constants).</summary>
    public required string Kind { get; init; }

    /// <summary>The per-worker nonce.</summary>
    public string? Nonce { get; init; }

    /// <summary>The run number; a result answers the run with the same number.</summary>
    public long Id { get; init; }

    /// <summary>The script (run) or the probe name (probe).</summary>
    public string? Code { get; init; }

    /// <summary>The run's text input, or the probe's argument.</summary>
    public string? Input { get; init; }

    /// <summary>The run's JSON arguments.</summary>
    public Dictionary<string, JsonElement>? Args { get; init; }

    /// <summary>The run's JSON arguments as one object (used when <see cref="Args"/> is null).</summary>
    public string? ArgsJson { get; init; }

    /// <summary>The guards' limits of the run.</summary>
    public RunLimits? Limits { get; init; }

    /// <summary>The limits on the run's inputs and result.</summary>
    public InputLimits? InputLimits { get; init; }

    /// <summary>The gate's size cap (<see cref="GateOptions.MaxSourceLength"/>).</summary>
    public int? MaxSourceLength { get; init; }

    /// <summary>The gate's nesting cap (<see cref="GateOptions.MaxNesting"/>).</summary>
    public int? MaxNesting { get; init; }

    /// <summary>With <c>run</c>: the run's policy as policy text (<c>Policy.ToPolicyText()</c>), or null for the default script policy.</summary>
    public string? PolicyText { get; init; }

    /// <summary>With <c>run</c>: the typed inputs' shape (<see cref="RunOptions.ArgsShape"/>), or null.</summary>
    public string? ArgsShape { get; init; }

    /// <summary>With <c>run</c> of a vetted script: its name, SHA-256 and policy fingerprint (the worker checks them again against its own options).</summary>
    public string? VettedName { get; init; }

    /// <summary>With <see cref="VettedName"/>: the SHA-256 the build computed.</summary>
    public string? VettedSha256 { get; init; }

    /// <summary>With <see cref="VettedName"/>: the policy fingerprint the build vetted under.</summary>
    public string? VettedFingerprint { get; init; }

    /// <summary>A probe's time budget in milliseconds.</summary>
    public int? TimeoutMs { get; init; }

    /// <summary>With <c>chain</c>: the run's limit of emulator requests (the host enforces it too).</summary>
    public int? MaxEmulatorCalls { get; init; }

    /// <summary>With <c>chain</c>: whether a statement that throws goes to the emulator.</summary>
    public bool? EmulateFailingStatements { get; init; }

    /// <summary>With <c>chain</c>: the most trace entries kept.</summary>
    public int? MaxTraceEntries { get; init; }

    /// <summary>With <c>chain</c>: how long the worker waits for one answer (the host's own limits are shorter).</summary>
    public int? EmulatorTimeoutMs { get; init; }

    /// <summary>With <c>emulate</c>: what the program asks the emulator.</summary>
    public Chain.EmulationRequest? Emulation { get; init; }

    /// <summary>With <c>answer</c>: the reply as JSON text, already checked by the host's strict parser.</summary>
    public string? Reply { get; init; }

    /// <summary>With <c>answer</c>: why the emulator gave no usable reply (the run ends with <c>emulation_failed</c>).</summary>
    public string? Failure { get; init; }

    /// <summary>With the result of a chain run: its trace.</summary>
    public List<Chain.TraceEntry>? Trace { get; init; }

    /// <summary>With the result of a chain run: whether its trace was cut.</summary>
    public bool? TraceTruncated { get; init; }

    /// <summary>The result of a run.</summary>
    public ScriptResult? Result { get; init; }

    /// <summary>With a result: the worker's run left script code running elsewhere; the host replaces the worker at once.</summary>
    public bool? Recycle { get; init; }

    /// <summary>The most critical events one result carries: a run raises one (its abandonment); the worker sends the first ones.</summary>
    internal const int MaxEvents = 16;

    /// <summary>
    /// The critical security events the worker's runner raised during the run (the host re-raises them). More than
    /// <see cref="MaxEvents"/> is not a message: a hostile worker's thousands of forged events would flood the host's log.
    /// </summary>
    public List<SecurityEvent>? Events
    {
        get;
        init => field = value is { Count: > MaxEvents } ? throw new ArgumentException($"A result carries at most {MaxEvents} critical events.") : value;
    }

    /// <summary>
    /// <see cref="ScriptJson.Options"/> with the protocol's generated metadata (<see cref="WorkerJsonContext"/>): the same
    /// wire form, without a contract built by reflection in every worker. Here, not in the context, whose own statics
    /// (its <c>Default</c>) a static initializer beside them may run before.
    /// </summary>
    internal static JsonSerializerOptions WireOptions { get; } = new(ScriptJson.Options) { TypeInfoResolver = WorkerJsonContext.Default };

    /// <summary>The UTF-8 JSON payload of a frame.</summary>
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, WireOptions));

    /// <summary>Reads a frame's payload; throws <see cref="WorkerProtocolException"/> when it is not a message.</summary>
    public static WorkerMessage FromBytes(byte[] payload)
    {
        try
        {
            WorkerMessage? message = JsonSerializer.Deserialize<WorkerMessage>(payload, WireOptions);
            if (message is null || string.IsNullOrEmpty(message.Kind))
            {
                throw new WorkerProtocolException("A frame holds no message.");
            }

            return message;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidOperationException or NotSupportedException or OverflowException)
        {
            // Not only JsonException: a member's own checks (a literal type nested too deep) throw what they throw, and
            // an exception that escaped here would end the host's reader without a violation.
            throw new WorkerProtocolException("A frame is not a valid message.");
        }
    }
}
