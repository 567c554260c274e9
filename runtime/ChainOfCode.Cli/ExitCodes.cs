namespace ChainOfCode.Cli;

/// <summary>The exit codes of every command (a contract: pipelines branch on them).</summary>
public static class ExitCodes
{
    /// <summary>Clean: no error diagnostic, or the script succeeded.</summary>
    public const int Success = 0;

    /// <summary>An error diagnostic, or the script was rejected or does not compile.</summary>
    public const int Findings = 1;

    /// <summary>The script ran and ended in any status but succeeded (timeout, memory_limit, ...).</summary>
    public const int RunFailed = 2;

    /// <summary>A usage or input problem (EX_USAGE): bad option value, missing file, unreadable input.</summary>
    public const int Usage = 64;

    /// <summary>The worker process cannot get the isolation asked for (EX_UNAVAILABLE); <c>--allow-degraded-isolation</c> accepts less.</summary>
    public const int IsolationUnavailable = 69;

    /// <summary>The tool itself failed (EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>Ended by Ctrl+C (128 + SIGINT); SIGTERM ends with 143.</summary>
    public const int Interrupted = 130;
}
