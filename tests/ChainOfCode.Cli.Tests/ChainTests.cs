using System.Text.Json;

namespace ChainOfCode.Cli.Tests;

/// <summary><c>coc chain</c>: a Chain-of-Code program with a scripted emulator, its trace, its JSON form, its errors.</summary>
[Collection(ChainPoolCollection.Name)]
public sealed class ChainTests(ChainPoolFixture fixture)
{
    private const string Question = "I have a violin, two nectarines, a flute, and a drum. How many musical instruments do I have?";

    private static string ObjectCounting => Path.Combine(Cli.ChainOfCode, "object_counting.csx");

    private static string Replies(TempDirectory temp) => temp.Write("replies.json", """
        {"calls": {
          "IsInCategory(\"violin\", \"musical instruments\")": true,
          "IsInCategory(\"nectarines\", \"musical instruments\")": false,
          "IsInCategory(\"flute\", \"musical instruments\")": true,
          "IsInCategory(\"drum\", \"musical instruments\")": true
        }}
        """);

    [Fact]
    public void A_program_runs_in_a_worker_with_its_calls_answered_by_the_replies_file()
    {
        using var temp = new TempDirectory();

        CliResult result = Cli.RunWithPool(fixture.Pool, "chain", ObjectCounting, "--question", Question, "--emulator", Replies(temp), "--timeout", Cli.Deadline);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("status:    succeeded", result.Out);
        Assert.Contains("value:     \"3\"", result.Out);
        Assert.Contains("isolation: worker(", result.Out);
        Assert.Contains("emulator:  4 call(s)", result.Out);
    }

    [Fact]
    public void The_trace_shows_each_executed_and_emulated_line_with_what_changed()
    {
        using var temp = new TempDirectory();

        CliResult result = Cli.RunWithPool(fixture.Pool, "chain", ObjectCounting, "--question", Question, "--emulator", Replies(temp), "--trace", "--timeout", Cli.Deadline);

        Assert.Contains("  33 emulated if (IsInCategory(item, category))   # IsInCategory(\"violin\", \"musical instruments\") -> true", result.Out);
        Assert.Contains("  35 ran      count += number;   # count = 1", result.Out);
        Assert.Contains("  24 ran      int count = 0;   # count = 0", result.Out);
    }

    [Fact]
    public void The_json_form_has_the_result_and_the_trace()
    {
        using var temp = new TempDirectory();

        CliResult result = Cli.RunWithPool(fixture.Pool, "chain", ObjectCounting, "--question", Question, "--emulator", Replies(temp), "--json", "--timeout", Cli.Deadline);

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("succeeded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("emulatorCalls").GetInt32());
        JsonElement call = json.RootElement.GetProperty("trace").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "emulated_call");
        Assert.Equal("IsInCategory(\"violin\", \"musical instruments\")", call.GetProperty("call").GetString());
    }

    [Fact]
    public void Without_an_emulator_a_semantic_call_ends_the_run_with_a_hint()
    {
        CliResult result = Cli.RunWithPool(fixture.Pool, "chain", ObjectCounting, "--question", Question, "--timeout", Cli.Deadline);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("status:    emulation_failed", result.Out);
        Assert.Contains("--emulator", result.Out);
    }

    [Fact]
    public void A_program_that_needs_no_emulator_runs_in_process_too()
    {
        CliResult result = Cli.Run("chain", Path.Combine(Cli.ChainOfCode, "word_sorting.csx"), "--question", "Sort the following words alphabetically: List: pear apple", "--isolation", "inprocess", "--json", "--timeout", Cli.Deadline);

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("apple pear", json.RootElement.GetProperty("value").GetString());
        Assert.Equal("inprocess", json.RootElement.GetProperty("isolation").GetString());
    }

    [Theory]
    [InlineData("[1]", "must be a JSON object")]
    [InlineData("{\"calls\": {\"nope\": 1}}", "is not a call")]
    public void A_malformed_replies_file_is_a_usage_error(string text, string message)
    {
        using var temp = new TempDirectory();

        CliResult result = Cli.RunWithPool(fixture.Pool, "chain", ObjectCounting, "--question", Question, "--emulator", temp.Write("r.json", text));

        Assert.Equal(64, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void The_question_is_required()
    {
        CliResult result = Cli.Run("chain", ObjectCounting);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("--question", result.Error);
    }
}
