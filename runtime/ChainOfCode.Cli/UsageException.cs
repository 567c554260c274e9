using System;

namespace ChainOfCode.Cli;

/// <summary>A usage or input problem: the entry point prints the message as one line on stderr and exits 64.</summary>
public class UsageException : Exception
{
    /// <summary>Creates the exception with the line to print.</summary>
    public UsageException(string message)
        : base(message)
    {
    }
}

/// <summary>A file or standard input that is not UTF-8 text (another encoding, a binary file): refused, never read as U+FFFD.</summary>
public sealed class NotTextException : UsageException
{
    /// <summary>Creates the exception for <paramref name="source"/> (<c>script 'x.csx'</c>) and <paramref name="reason"/>.</summary>
    public NotTextException(string source, string reason)
        : base($"{source} {reason}")
    {
        Reason = reason;
    }

    /// <summary>What is wrong, without the source: <c>is not UTF-8 text: save it as UTF-8.</c></summary>
    public string Reason { get; }
}
