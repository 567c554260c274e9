using System;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>A worker process could not be started or did not get ready; the message is sanitized.</summary>
internal sealed class WorkerStartException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkerStartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WorkerStartException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public WorkerStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
