namespace ChainOfCode.Cli.Tests;

public sealed class PolicyValidateTests
{
    [Fact]
    public void A_valid_file_exits_zero()
    {
        using var temp = new TempDirectory();
        string policy = temp.Write("ChainOfCode.policy", "# ok\nP:System.DateTime.Now; take the time from the inputs\nmode: denylist\n");

        CliResult result = Cli.Run("policy", "validate", policy);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid (1 entries)", result.Out);
    }

    [Fact]
    public void Each_problem_is_reported_with_file_and_line()
    {
        using var temp = new TempDirectory();
        string policy = temp.Write("ChainOfCode.policy", string.Join("\n",
            "# a comment",
            "this line means nothing",
            "T:System.Text.StringBuilder",
            "T:System.Text.StringBuilder",
            "T:No.Such.Type",
            string.Empty));

        CliResult result = Cli.Run("policy", "validate", policy);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{policy}(2,1): warning COC0090: ", result.Out);
        Assert.Contains($"{policy}(4,1): warning COC0092: ", result.Out);
        Assert.Contains($"{policy}(5,1): warning COC0091: ", result.Out);
        Assert.DoesNotContain("(3,1)", result.Out);
        Assert.Contains("3 problem(s)", result.Out);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        Cli.Run("policy", "validate", "/nonexistent/ChainOfCode.policy").AssertUsageError("does not exist");
    }

    [Fact]
    public void A_directory_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        Cli.Run("policy", "validate", temp.Path).AssertUsageError("is a directory");
    }

    [Fact]
    public void No_file_is_a_usage_error()
    {
        CliResult result = Cli.Run("policy", "validate");
        Assert.Equal(64, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
