using System;

namespace ChainOfCode.Runtime;

/// <summary>An input or a result value breaks the <see cref="InputLimits"/> (size, depth, range, NaN or infinity).</summary>
public sealed class InvalidValueException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidValueException(string message)
        : base(message)
    {
    }
}
