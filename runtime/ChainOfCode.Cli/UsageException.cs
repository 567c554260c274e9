using System;

namespace ChainOfCode.Cli;

/// <summary>A usage or input problem: the entry point prints the message as one line on stderr and exits 64.</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception with the line to print.</summary>
    public UsageException(string message)
        : base(message)
    {
    }
}
