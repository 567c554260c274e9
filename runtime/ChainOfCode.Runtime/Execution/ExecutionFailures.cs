using System;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ChainOfCode.Runtime;

/// <summary>Maps what a script threw to its status: a guard's stop wins over whatever it turned into on its way out.</summary>
internal static class ExecutionFailures
{
    public static ExecutionOutcome Classify(Exception exception, ScriptGuard guard, Assembly script, ScriptLines? lines = null) => exception switch
    {
        GuardStopException stop => Stopped(guard.StopReason ?? stop),

        // A guard stop turned into another exception on its way out (a type initializer, a finally that threw).
        _ when guard.StopReason is { } stop => Stopped(stop),
        OutOfMemoryException => ExecutionOutcome.Failed(ScriptStatus.MemoryLimit, "The script ran out of memory."),
        InsufficientExecutionStackException => ExecutionOutcome.Failed(ScriptStatus.RecursionLimit, "The script's calls nested too deep for the stack."),
        RegexMatchTimeoutException => ExecutionOutcome.Failed(ScriptStatus.Timeout, "A regular expression ran past the script's deadline."),
        InvalidValueException invalid => ExecutionOutcome.Failed(ScriptStatus.RuntimeError, "The result is not a valid value: " + invalid.Message),
        _ => Described(exception, script, guard, lines),
    };

    /// <summary>The script's own error, unless the run was killed while its message was being read.</summary>
    private static ExecutionOutcome Described(Exception exception, Assembly script, ScriptGuard guard, ScriptLines? lines)
    {
        string description = ScriptErrorDescription.Describe(exception, script, guard, lines);
        return guard.StopReason is { } stop ? Stopped(stop) : ExecutionOutcome.Failed(ScriptStatus.RuntimeError, description);
    }

    private static ExecutionOutcome Stopped(GuardStopException stop) => ExecutionOutcome.Failed(stop.Status, stop.Message);
}
