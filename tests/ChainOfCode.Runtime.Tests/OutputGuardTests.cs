using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>Output: Console.Write/WriteLine go to a per-run bounded writer.</summary>
public sealed class OutputGuardTests
{
    [Theory]
    [InlineData("while (true) { Console.WriteLine(\"flood\"); }")]
    [InlineData("while (true) { Console.Write('x'); }")]
    [InlineData("Console.Write(new string('x', 200_000));")]
    [InlineData("for (var i = 0; ; i++) { Console.WriteLine(\"{0} {1}\", i, i * 2); }")]
    [InlineData("Enumerable.Range(0, 1_000_000).ToList().ForEach(Console.WriteLine);")]
    [InlineData("while (true) { try { Console.WriteLine(\"flood\"); } catch { } }")]
    [InlineData("while (true) { Console.Error.WriteLine(\"flood\"); }")]
    [InlineData("var w = Console.Out; while (true) { await w.WriteAsync(\"flood\"); }")]
    public async Task An_output_flood_ends_with_output_limit_and_keeps_the_output_up_to_the_cap(string code)
    {
        ScriptResult result = await Scripts.RunHostileAsync(code);

        Scripts.AssertStatus(ScriptStatus.OutputLimit, result);
        Assert.Equal(100_000, result.Output.Length);
    }

    [Fact]
    public void An_output_flood_in_the_child_host_stays_in_the_runs_writer()
    {
        ChildOutcome outcome = InProcessChild.Outcome("output-flood");

        outcome.AssertStatus(ScriptStatus.OutputLimit);
        Assert.Equal(100_000, outcome.Result!.Output.Length);
    }

    [Fact]
    public async Task The_output_cap_can_be_changed()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxOutputChars = 10 } };
        ScriptResult result = await Scripts.RunAsync("Console.Write(\"0123456789ABC\");", options);

        Scripts.AssertStatus(ScriptStatus.OutputLimit, result);
        Assert.Equal("0123456789", result.Output);
    }

    [Fact]
    public async Task Output_of_every_overload_is_captured_per_run()
    {
        ScriptResult result = await Scripts.RunAsync("""
            Console.Write(1);
            Console.Write(' ');
            Console.Write("{0}-{1}", "a", 2.5);
            Console.WriteLine();
            Console.WriteLine(true);
            new[] { "x", "y" }.ToList().ForEach(Console.Write);
            """);

        Scripts.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal("1 a-2.5\nTrue\nxy", result.Output);
    }

    [Fact]
    public async Task Console_Out_and_Console_Error_are_the_runs_output_and_their_async_writes_write_at_once()
    {
        ScriptResult result = await Scripts.RunAsync("""
            using static System.Console;
            Console.Out.WriteLine("out");
            Console.Error.WriteLine("error");
            System.IO.TextWriter writer = Out;
            Task pending = writer.WriteAsync("async");
            string before = writer.ToString();
            await pending;
            await Error.WriteLineAsync('!');
            await Console.Out.FlushAsync();
            return before;
            """);

        Scripts.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal("out\nerror\nasync!\n", result.Output);
        Assert.Equal("out\nerror\nasync", result.Value!.Value.GetString());
    }
}
