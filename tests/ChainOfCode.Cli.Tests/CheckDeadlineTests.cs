using System.Text.Json;
using ChainOfCode.TestSupport;

namespace ChainOfCode.Cli.Tests;

/// <summary>
/// <c>coc check</c> answers within a per-file deadline: a file the compiler cannot finish fails with its own
/// diagnostic and the other files are still checked; Ctrl+C and SIGTERM stop it at once.
/// </summary>
public sealed class CheckDeadlineTests
{
    [Theory]
    [InlineData("lambdas", "slow.csx", true)]
    [InlineData("generics", "slow.csx", true)]
    [InlineData("tuples", "slow.csx", true)]
    [InlineData("lambdas", "Slow.cs", false)]
    public async Task A_file_the_compiler_cannot_finish_fails_with_its_own_diagnostic_and_the_others_are_still_checked(string kind, string slowName, bool script)
    {
        // In a process of its own: the abandoned compile dies with it instead of burning a core in the test host.
        using var temp = new TempDirectory();
        string reads = temp.Write(script ? "reads.csx" : "Reads.cs", script
            ? "return System.IO.File.ReadAllText(\"x\");\n"
            : "static class Reads { static string R() => System.IO.File.ReadAllText(\"x\"); }\n");
        string slow = temp.Write(slowName, HostileInput.SlowCompile(kind, script));

        using var coc = CocProcess.Start("check", temp.Path, "--format", "json", "--file-timeout", "6s");
        Assert.True(coc.WaitForExit(TimeSpan.FromMinutes(2)), "coc check did not answer");

        Assert.Equal(1, coc.ExitCode);
        using JsonDocument json = JsonDocument.Parse(await coc.Out);
        var found = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (File: d.GetProperty("file").GetString(), Id: d.GetProperty("id").GetString()))
            .ToList();
        Assert.Contains((slow, "COCR0007"), found);
        Assert.Contains((reads, "COC0001"), found);
    }

    public static TheoryData<string, string, string> Chains => HostileInput.LeftRecursiveChains;

    [Theory]
    [MemberData(nameof(Chains))]
    public void A_chain_under_the_size_cap_fails_the_check_with_the_nesting_cap(string prefix, string link, string suffix)
    {
        using var temp = new TempDirectory();
        string chain = temp.Write("chain.csx", HostileInput.Chain(prefix, link, suffix));

        CliResult result = Cli.Run("check", chain);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("chain.csx(1,1): error COCR0002:", result.Out, StringComparison.Ordinal);
    }

    public static TheoryData<string> SlowCompiles => HostileInput.SlowCompileKinds;

    [Theory]
    [MemberData(nameof(SlowCompiles))]
    public async Task An_exponential_compile_in_an_in_process_run_ends_in_timeout(string kind)
    {
        // coc as a process: the in-process runner abandons the compile at the deadline, and the compile dies with coc.
        using var temp = new TempDirectory();
        string slow = temp.Write("slow.csx", HostileInput.SlowCompile(kind));

        using var coc = CocProcess.Start("run", slow, "--json", "--isolation", "inprocess", "--timeout", "1s");
        Assert.True(coc.WaitForExit(TimeSpan.FromMinutes(2)), "coc run did not answer");

        Assert.Equal(2, coc.ExitCode);
        using JsonDocument json = JsonDocument.Parse(await coc.Out);
        Assert.Equal("timeout", json.RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("check", 143)]
    [InlineData("run", 2)]
    public async Task Sigterm_stops_coc_while_the_compiler_is_stuck(string command, int exitCode)
    {
        // SIGINT takes the same handler; it is not sent here because a test host started in the background
        // inherits SIGINT ignored, and so would coc. A run ends as killed (exit 2, its report written).
        const int SigTerm = 15;
        Assert.True(OperatingSystem.IsLinux(), "signals are sent with kill(2)");
        using var temp = new TempDirectory();
        string slow = temp.Write("slow.csx", HostileInput.ExponentialOverloads(12));
        using var coc = command == "check"
            ? CocProcess.Start("check", temp.Path, "--file-timeout", "10m")
            : CocProcess.Start("run", slow, "--json", "--isolation", "inprocess", "--timeout", "10m");

        // Past start-up (a second of CPU): coc is in the compiler, with its signal handlers in place.
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (coc.CpuTime < TimeSpan.FromSeconds(1) && !coc.HasExited && waiting.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(50);
        }

        Assert.False(coc.HasExited, "coc ended before the signal");
        Assert.Equal(0, coc.Signal(SigTerm));
        Assert.True(coc.WaitForExit(TimeSpan.FromSeconds(30)), "coc still runs 30 s after the signal");
        Assert.Equal(exitCode, coc.ExitCode);
        Assert.Contains(command == "check" ? "coc: interrupted" : "\"status\":\"killed\"", command == "check" ? await coc.Error : await coc.Out, StringComparison.Ordinal);
    }
}
