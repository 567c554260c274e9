namespace ChainOfCode.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>A usage problem: exit 64, one line on stderr, no stack trace, nothing on stdout.</summary>
    public void AssertUsageError(string expectedFragment)
    {
        Assert.True(ExitCode == 64, $"exit {ExitCode}; stdout: {Out}; stderr: {Error}");
        string[] lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("coc: ", lines[0]);
        Assert.Contains(expectedFragment, lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", Error);
        Assert.DoesNotContain("Exception", Error);
        Assert.Equal(string.Empty, Out);
    }
}
