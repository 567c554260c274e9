using System;

namespace ChainOfCode.Runtime.Chain;

/// <summary>The emulator cannot answer (no scripted reply, the model is unreachable): the run ends with <c>emulation_failed</c>.</summary>
public sealed class EmulatorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EmulatorException()
    {
    }

    /// <summary>Creates the exception with a message that is shown to the user (sanitized).</summary>
    public EmulatorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public EmulatorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
