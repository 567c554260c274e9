using System.Text.Json;

namespace ChainOfCode.Cli.Tests;

/// <summary>
/// The files <c>coc</c> is given are read no further than a cap and, by <c>coc check</c>, under the file's deadline:
/// a path to a pipe no one writes or to an endless device (<c>/dev/zero</c>) neither hangs nor crashes the tool.
/// Before, a pipe held <c>coc check</c> until it was killed, and <c>/dev/zero</c> grew it to 4.3 GB and aborted it.
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
    [InlineData("zero.csx", "COCR0001")]
    [InlineData("Zero.cs", "COCR0007")]
    public async Task An_endless_device_is_read_no_further_than_the_cap(string name, string id)
    {
        using var temp = new TempDirectory();
        string reads = temp.Write("reads.csx", "return System.IO.File.ReadAllText(\"x\");\n");
        string zero = System.IO.Path.Combine(temp.Path, name);
        File.CreateSymbolicLink(zero, "/dev/zero");

        using var coc = CocProcess.Start("check", temp.Path, "--format", "json");
        Assert.True(coc.WaitForExit(TimeSpan.FromMinutes(2)), "coc check did not answer");

        Assert.Equal(1, coc.ExitCode);
        var found = Diagnostics(await coc.Out);
        Assert.Contains((zero, id), found);
        Assert.Contains((reads, "COC0001"), found);
    }

    [Fact]
    public void A_script_to_run_from_an_endless_device_is_a_usage_problem()
    {
        using var temp = new TempDirectory();
        string zero = System.IO.Path.Combine(temp.Path, "zero.csx");
        File.CreateSymbolicLink(zero, "/dev/zero");

        CliResult result = Cli.Run("run", zero, "--isolation", "inprocess");

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("has more than 16777216 characters", result.Error, StringComparison.Ordinal);
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
