using System.Text.Json;

namespace ChainOfCode.Cli.Tests;

/// <summary>
/// The files <c>coc</c> is given are read no further than a cap and, by <c>coc check</c>, under the file's deadline:
/// a path to a pipe no one writes or to an endless device (<c>/dev/zero</c>) neither hangs nor crashes the tool.
/// Before, a pipe held <c>coc check</c> until it was killed, and <c>/dev/zero</c> grew it to 4.3 GB and aborted it.
/// What is read must be UTF-8 text: another encoding or a binary file is refused at once, never read as U+FFFD.
/// </summary>
public sealed class CheckInputFileTests
{
    [Fact]
    public async Task A_pipe_no_one_writes_fails_its_own_check_and_the_other_files_are_still_checked()
    {
        Assert.True(OperatingSystem.IsLinux(), "pipes are made with mkfifo(1)");
        using var temp = new TempDirectory();
        string reads = temp.Write("reads.csx", "return System.IO.File.ReadAllText(\"x\");\n");
        string pipe = System.IO.Path.Combine(temp.Path, "pipe.csx");
        MakeFifo(pipe);

        // In a process of its own: the reader blocked on the pipe dies with it.
        using var coc = CocProcess.Start("check", temp.Path, "--format", "json", "--file-timeout", "2s");
        Assert.True(coc.WaitForExit(TimeSpan.FromMinutes(2)), "coc check did not answer");

        Assert.Equal(1, coc.ExitCode);
        var found = Diagnostics(await coc.Out);
        Assert.Contains((pipe, "COCR0007"), found);
        Assert.Contains((reads, "COC0001"), found);
    }

    [Theory]
    [InlineData("zero.csx")]
    [InlineData("Zero.cs")]
    public async Task An_endless_device_is_read_no_further_than_its_first_NUL(string name)
    {
        using var temp = new TempDirectory();
        string reads = temp.Write("reads.csx", "return System.IO.File.ReadAllText(\"x\");\n");
        string zero = System.IO.Path.Combine(temp.Path, name);
        File.CreateSymbolicLink(zero, "/dev/zero");

        using var coc = CocProcess.Start("check", temp.Path, "--format", "json");
        Assert.True(coc.WaitForExit(TimeSpan.FromMinutes(2)), "coc check did not answer");

        Assert.Equal(1, coc.ExitCode);
        var found = Diagnostics(await coc.Out);
        Assert.Contains((zero, "COCR0007"), found);
        Assert.Contains((reads, "COC0001"), found);
    }

    [Fact]
    public void A_script_over_the_size_cap_gets_the_gates_error_and_the_other_files_are_still_checked()
    {
        using var temp = new TempDirectory();
        string reads = temp.Write("reads.csx", "return System.IO.File.ReadAllText(\"x\");\n");
        string big = temp.Write("big.csx", "return 1;" + new string(' ', 100_000));

        CliResult result = Cli.Run("check", temp.Path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var found = Diagnostics(result.Out);
        Assert.Contains((big, "COCR0001"), found);
        Assert.Contains((reads, "COC0001"), found);
    }

    [Fact]
    public void A_script_to_run_from_an_endless_device_is_a_usage_problem()
    {
        using var temp = new TempDirectory();
        string zero = System.IO.Path.Combine(temp.Path, "zero.csx");
        File.CreateSymbolicLink(zero, "/dev/zero");

        Cli.Run("run", zero, "--isolation", "inprocess").AssertUsageError("is not a text file: it holds a NUL character");
    }

    [Theory]
    [InlineData(new byte[] { (byte)'r', (byte)'e', (byte)'t', (byte)'u', (byte)'r', (byte)'n', (byte)' ', (byte)'"', 0xE9, (byte)'"', (byte)';' }, "is not UTF-8 text")]
    [InlineData(new byte[] { (byte)'r', (byte)'e', (byte)'t', (byte)'u', (byte)'r', (byte)'n', (byte)' ', (byte)'1', 0, (byte)';' }, "is not a text file")]
    public void A_script_that_is_not_UTF8_text_is_a_usage_problem_not_replacement_characters(byte[] bytes, string expected)
    {
        // Before, a Latin-1 "café" ran as "caf\uFFFD" and a binary file printed hundreds of compile errors.
        using var temp = new TempDirectory();
        string script = System.IO.Path.Combine(temp.Path, "latin1.csx");
        File.WriteAllBytes(script, bytes);

        Cli.Run("run", script, "--isolation", "inprocess").AssertUsageError($"script '{script}' {expected}");
    }

    [Fact]
    public void A_file_that_is_not_UTF8_text_fails_its_own_check_and_the_other_files_are_still_checked()
    {
        using var temp = new TempDirectory();
        string reads = temp.Write("reads.csx", "return System.IO.File.ReadAllText(\"x\");\n");
        string latin1 = System.IO.Path.Combine(temp.Path, "latin1.cs");
        File.WriteAllBytes(latin1, [.. "class C { string s = \""u8, 0xE9, .. "\"; }"u8]);

        CliResult result = Cli.Run("check", temp.Path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var found = Diagnostics(result.Out);
        Assert.Contains((latin1, "COCR0007"), found);
        Assert.Contains((reads, "COC0001"), found);
    }

    [Fact]
    public void A_link_to_an_ancestor_directory_is_not_followed_and_a_dangling_link_fails_only_its_own_check()
    {
        // Before, the search followed `up -> ..` until the path was too long, and the dangling link ended the whole
        // check with a usage error naming a path forty links deep.
        using var temp = new TempDirectory();
        string reads = temp.Write("a/reads.csx", "return System.IO.File.ReadAllText(\"x\");\n");
        Directory.CreateSymbolicLink(System.IO.Path.Combine(temp.Path, "a", "up"), "..");
        string dangling = System.IO.Path.Combine(temp.Path, "dangling.cs");
        File.CreateSymbolicLink(dangling, "/nonexistent/target.cs");

        CliResult result = Cli.Run("check", temp.Path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([(reads, "COC0001"), (dangling, "COCR0007")], Diagnostics(result.Out).Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    public void An_empty_script_is_a_usage_problem_not_a_run_that_does_nothing(string text)
    {
        using var temp = new TempDirectory();
        string script = temp.Write("empty.csx", text);

        Cli.Run("run", script, "--isolation", "inprocess").AssertUsageError($"script '{script}' is empty");
        Cli.RunWithInput(text, "run", "-", "--isolation", "inprocess").AssertUsageError("standard input is empty");
    }

    [Fact]
    public void A_script_from_endless_standard_input_is_read_no_further_than_the_cap()
    {
        // Before, `coc run -` read standard input to its end: `coc run - < /dev/zero` grew until it died.
        var output = new StringWriter();
        var error = new StringWriter();

        int code = CocApp.Run(["run", "-", "--isolation", "inprocess"], new EndlessReader(), output, error, CancellationToken.None);

        new CliResult(code, output.ToString(), error.ToString()).AssertUsageError("standard input has more than 16777216 characters");
    }

    /// <summary>Standard input that never ends (<c>/dev/zero</c> as text).</summary>
    private sealed class EndlessReader : TextReader
    {
        public override int Peek() => 'x';

        public override int Read() => 'x';

        public override int Read(char[] buffer, int index, int count)
        {
            Array.Fill(buffer, 'x', index, count);
            return count;
        }
    }

    private static List<(string? File, string? Id)> Diagnostics(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("file").GetString(), d.GetProperty("id").GetString()))
            .ToList();
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
