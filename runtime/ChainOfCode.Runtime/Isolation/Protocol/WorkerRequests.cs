using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>The requests the host sends a worker: a run (the script with its options and policy) or a test-only probe.</summary>
internal static class WorkerRequests
{
    public static WorkerMessage Run(string code, RunOptions runOptions)
    {
        Analyzers.Rules.Policy policy = runOptions.Gate.Policy;
        bool defaultPolicy = ReferenceEquals(policy, GateOptions.Default.Policy);
        return new WorkerMessage
        {
            Kind = WorkerMessage.RunKind,
            Code = code,
            Input = runOptions.Input,
            Args = runOptions.Args is null ? null : new Dictionary<string, JsonElement>(runOptions.Args, StringComparer.Ordinal),
            ArgsJson = runOptions.ArgsJson,
            ArgsShape = runOptions.ArgsShape,
            Limits = runOptions.Limits,
            InputLimits = runOptions.InputLimits,
            MaxSourceLength = runOptions.Gate.MaxSourceLength,
            MaxNesting = runOptions.Gate.MaxNesting,

            // The worker rebuilds the run's policy from its text: the same catalog, mode, switches and lines.
            PolicyText = defaultPolicy ? null : policy.ToPolicyText(),
        };
    }

    /// <summary>A run of a script the build vetted: the worker checks its hash and fingerprint again and skips the gate's analysis.</summary>
    public static WorkerMessage RunVetted(VettedScript script, RunOptions runOptions) => Run(script.Text, runOptions) with
    {
        VettedName = script.Name,
        VettedSha256 = script.Sha256,
        VettedFingerprint = script.PolicyFingerprint,
    };

    /// <summary>A chain run: the program as <c>Code</c>, the question as <c>Input</c>, and the emulator's limits (the host retries malformed replies itself).</summary>
    public static WorkerMessage Chain(string program, Chain.ChainOptions options) => Run(program, options.Run) with
    {
        Kind = WorkerMessage.ChainKind,
        MaxEmulatorCalls = options.MaxEmulatorCalls,
        EmulateFailingStatements = options.EmulateFailingStatements,
        MaxTraceEntries = options.MaxTraceEntries,
        EmulatorTimeoutMs = (int)Math.Min(int.MaxValue, (options.EmulatorTimeout.TotalMilliseconds * (1 + Math.Max(0, options.MaxRetries))) + 10_000),
    };

    public static WorkerMessage Probe(string probe, string? argument, int timeoutMs) =>
        new() { Kind = WorkerMessage.ProbeKind, Code = probe, Input = argument, TimeoutMs = timeoutMs };
}
