namespace ChainOfCode.Cli.Tests.Mcp;

/// <summary>Bad options of <c>coc mcp</c> are usage errors before any server starts.</summary>
public sealed class McpOptionsTests
{
    [Theory]
    [InlineData("--max-runs", "0", "--max-runs: must be a whole number of at least 1")]
    [InlineData("--workers", "-2", "--workers: must be a whole number of at least 1")]
    [InlineData("--timeout", "5x", "'5x' is not a duration")]
    [InlineData("--check-timeout", "0s", "out of range")]
    [InlineData("--policy", "missing.policy", "policy file 'missing.policy' does not exist")]
    public void ABadOptionIsAUsageError(string option, string value, string message)
    {
        CliResult result = Cli.Run("mcp", option, value);

        Assert.Equal((ExitCodes.Usage, true), (result.ExitCode, result.Error.Contains(message, StringComparison.Ordinal)));
    }
}
