namespace ChainOfCode.Cli.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("coc check", "check", "--help")]
    [InlineData("coc run", "run", "--help")]
    [InlineData("coc policy", "policy", "--help")]
    [InlineData("coc policy show", "policy", "show", "--help")]
    [InlineData("coc policy validate", "policy", "validate", "-h")]
    [InlineData("coc check", "--help")]
    public void Every_command_shows_examples(string example, params string[] args)
    {
        CliResult result = Cli.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("Examples:", result.Out);
        Assert.Contains("  " + example, result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        CliResult result = Cli.Run();
        Assert.Equal(64, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("run", "--bogus", "x.csx")]
    [InlineData("run", "x.csx", "--bogus")]
    [InlineData("check", "--bogus", "src")]
    public void An_unknown_option_is_named_wherever_it_stands(params string[] args)
    {
        // Before, `coc run --bogus x.csx` took the option as the file and answered "Unrecognized ... 'x.csx'".
        Cli.Run(args).AssertUsageError("Unrecognized command or argument '--bogus'.");
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        CliResult result = Cli.Run("frobnicate");
        Assert.Equal(64, result.ExitCode);
        Assert.Contains("frobnicate", result.Error);
    }
}
