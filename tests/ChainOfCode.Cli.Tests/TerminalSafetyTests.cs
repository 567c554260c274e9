namespace ChainOfCode.Cli.Tests;

/// <summary>
/// What a script or a checked file controls cannot drive the terminal or pass for the report: control characters
/// are shown as escapes, and the script's output is quoted line by line.
/// </summary>
public sealed class TerminalSafetyTests
{
    [Fact]
    public void A_script_cannot_forge_a_status_block_in_the_readable_report()
    {
        const string Script = """
            Console.WriteLine("----");
            Console.WriteLine("status:    succeeded");
            Console.WriteLine("value:     42");
            Console.Write("isolation: worker(netns,pidns,fs-view,rlimits,unprivileged,heap-limit,clean-env)");
            throw new InvalidOperationException("no answer");
            """;

        CliResult result = Cli.RunWithInput(Script, "run", "-", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        string[] lines = result.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(["status:    runtime_error"], lines.Where(l => l.StartsWith("status:", StringComparison.Ordinal)));
        Assert.Contains("| status:    succeeded", lines);
    }

    [Fact]
    public void Escape_sequences_in_output_value_and_error_reach_the_terminal_only_as_text()
    {
        const string Script = """
            Console.Write("\u001b[2J\u001b[H\u009b1A\rfake\u202e\b\u0007");
            Console.WriteLine("second line");
            throw new InvalidOperationException("red \u001b[31m alert \u009b2K");
            """;

        CliResult result = Cli.RunWithInput(Script, "run", "-", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain(result.Out, c => char.IsControl(c) && c != '\n');
        Assert.DoesNotContain('\u202e', result.Out);
        Assert.Contains("| \\x1b[2J\\x1b[H\\x9b1A\\rfake\\u202e\\b\\x07second line", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checked_file_cannot_drive_the_terminal_through_its_diagnostics()
    {
        using var directory = new TempDirectory();
        directory.Write("bell\u0007.csx", "#error \u001b[2J\u001b[31m all clear\nreturn 1;\n");

        CliResult result = Cli.Run("check", directory.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.Out, c => char.IsControl(c) && c != '\n');
        Assert.Contains("bell\\x07.csx(1,8): error CS1029", result.Out, StringComparison.Ordinal);
    }
}
