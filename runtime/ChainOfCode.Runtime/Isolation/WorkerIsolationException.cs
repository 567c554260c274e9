using System;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// The workers cannot get a layer of isolation they are asked for (a namespace, the resource limits, the
/// unprivileged user): the pool fails closed. The message names each missing layer, why it is missing, and
/// <see cref="WorkerPoolOptions.AllowDegradedIsolation"/>; it holds no path.
/// </summary>
public sealed class WorkerIsolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkerIsolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WorkerIsolationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public WorkerIsolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
