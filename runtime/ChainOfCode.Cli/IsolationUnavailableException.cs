using System;

namespace ChainOfCode.Cli;

/// <summary>The worker cannot get the isolation asked for: the entry point prints the reason and exits 69 (EX_UNAVAILABLE).</summary>
public sealed class IsolationUnavailableException : Exception
{
    /// <summary>Creates the exception with the reason to print.</summary>
    public IsolationUnavailableException(string message)
        : base(message)
    {
    }
}
