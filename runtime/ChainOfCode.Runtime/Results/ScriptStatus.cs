namespace ChainOfCode.Runtime;

/// <summary>How a run ended. Serialized in snake_case (<c>compile_error</c>, <c>memory_limit</c>, ...).</summary>
public enum ScriptStatus
{
    /// <summary>The script ran to its end; the value is its result.</summary>
    Succeeded,

    /// <summary>The gate refused the script (a rule, a cap) or its inputs are invalid; nothing ran.</summary>
    Rejected,

    /// <summary>The script does not compile; nothing ran.</summary>
    CompileError,

    /// <summary>The wall-clock deadline or the step budget ran out.</summary>
    Timeout,

    /// <summary>The allocation budget ran out or an allocation was too large.</summary>
    MemoryLimit,

    /// <summary>The call depth limit or the stack ran out.</summary>
    RecursionLimit,

    /// <summary>The script wrote more than the output cap; the output is kept up to the cap.</summary>
    OutputLimit,

    /// <summary>The script threw an exception, or its result is not a valid value.</summary>
    RuntimeError,

    /// <summary>The run was cancelled, ended by the emergency stop, or refused while the emergency stop is engaged (or the pool is disposed).</summary>
    Killed,

    /// <summary>The runtime itself failed; the host is intact but the run has no verdict.</summary>
    Crashed,

    /// <summary>A worker pool's queue was full: the run was refused at once, nothing ran; try again later.</summary>
    QueueFull,

    /// <summary>A worker pool refused the run because its caller is suspended after repeated violations; nothing ran.</summary>
    CallerSuspended,

    /// <summary>A Chain-of-Code run's emulator could not answer, answered malformed too often, or was asked more often than allowed.</summary>
    EmulationFailed,

    /// <summary>An agent tool's budget of runs is spent (<c>ChainOfCodeToolOptions.MaxRuns</c>, <c>coc mcp --max-runs</c>); nothing ran.</summary>
    RunBudgetExhausted,

    /// <summary>A vetted script whose text or policy is not what its build vetted (<c>RunVettedAsync</c>); nothing ran.</summary>
    NotVetted,
}
