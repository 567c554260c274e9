using System;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>A frame that breaks the worker protocol: bad length, truncated, not JSON, or a wrong nonce.</summary>
internal sealed class WorkerProtocolException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkerProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WorkerProtocolException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public WorkerProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
