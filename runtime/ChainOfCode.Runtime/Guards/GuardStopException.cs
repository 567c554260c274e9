using System;

namespace ChainOfCode.Runtime;

/// <summary>
/// Thrown by the guard at a checkpoint to end a run. Scripts cannot name it, and the guard rewrite gives
/// every catch clause a filter that lets it pass, so a script cannot swallow it.
/// </summary>
public sealed class GuardStopException : Exception
{
    internal GuardStopException(ScriptStatus status, string message)
        : base(message)
    {
        Status = status;
    }

    /// <summary>The status the run ends with.</summary>
    public ScriptStatus Status { get; }
}
