using System;

namespace ChainOfCode.Runtime;

/// <summary>How compiler work run by <see cref="CompilerThread"/> ended.</summary>
internal enum CompilerOutcomeStatus
{
    /// <summary>It finished; the value is its answer.</summary>
    Completed,

    /// <summary>It ran past its deadline (and was abandoned if it did not stop).</summary>
    TimedOut,

    /// <summary>The caller cancelled it.</summary>
    Cancelled,

    /// <summary>It threw (the exception says what: Roslyn's stack guard, a compiler bug).</summary>
    Failed,
}

/// <summary>The outcome of compiler work: a status, and the value or the exception.</summary>
internal sealed record CompilerOutcome<T>(CompilerOutcomeStatus Status, T? Value, Exception? Error)
{
    public static CompilerOutcome<T> TimedOut { get; } = new(CompilerOutcomeStatus.TimedOut, default, null);

    public static CompilerOutcome<T> Cancelled { get; } = new(CompilerOutcomeStatus.Cancelled, default, null);

    /// <summary>Stopped after its token was cancelled (the caller turns it into TimedOut or Cancelled).</summary>
    internal static CompilerOutcome<T> Stopped { get; } = new(CompilerOutcomeStatus.Cancelled, default, null);

    public static CompilerOutcome<T> Completed(T value) => new(CompilerOutcomeStatus.Completed, value, null);

    public static CompilerOutcome<T> Failed(Exception error) => new(CompilerOutcomeStatus.Failed, default, error);
}
