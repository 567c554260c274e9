using System;

namespace ChainOfCode.Runtime.Chain;

/// <summary>The limits of a Chain-of-Code run: the script's own (gate, guards, inputs) plus the emulator's.</summary>
public sealed record ChainOptions
{
    /// <summary>The defaults: 20 emulator calls, 2 retries of a malformed reply, 60 s per reply, 1,000 trace entries.</summary>
    public static ChainOptions Default { get; } = new();

    /// <summary>The gate, the guards' limits and the input limits, as for any script; the run's input is the question.
    /// The time limit covers the program's own work, not the time the emulator takes to answer.</summary>
    public RunOptions Run { get; init; } = RunOptions.Default;

    /// <summary>Most requests to the emulator in one run (calls and statements; a repeated call is answered from memory and not counted).</summary>
    public int MaxEmulatorCalls { get; init; } = 20;

    /// <summary>How many times a malformed reply is asked again (with the reason) before the run ends with <c>emulation_failed</c>.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Longest wait for one reply.</summary>
    public TimeSpan EmulatorTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When false, a statement that throws ends the run with <c>runtime_error</c> instead of going to the emulator.</summary>
    public bool EmulateFailingStatements { get; init; } = true;

    /// <summary>Most trace entries kept; later steps run untraced and the result says the trace was cut.</summary>
    public int MaxTraceEntries { get; init; } = 1000;
}
