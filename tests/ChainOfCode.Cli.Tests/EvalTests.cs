using System.Text.Json;

namespace ChainOfCode.Cli.Tests;

/// <summary>
/// <c>coc eval</c> over the shipped Chain-of-Code programs and their BIG-Bench Hard data, in a warm worker:
/// every exactly solvable task and object_counting (with its scripted emulator) score 100%.
/// </summary>
[Collection(ChainPoolCollection.Name)]
public sealed class EvalTests(ChainPoolFixture fixture)
{
    public static TheoryData<string, string, string?> Tasks => new()
    {
        { "boolean_expressions.csx", "boolean_expressions.json", null },
        { "dyck_languages.csx", "dyck_languages.json", null },
        { "geometric_shapes.csx", "geometric_shapes.json", null },
        { "multistep_arithmetic_two.csx", "multistep_arithmetic_two.json", null },
        { "word_sorting.csx", "word_sorting.json", null },
        { "navigate.csx", "navigate.json", null },
        { "tracking_shuffled_objects.csx", "tracking_shuffled_objects_three_objects.json", null },
        { "tracking_shuffled_objects.csx", "tracking_shuffled_objects_five_objects.json", null },
        { "tracking_shuffled_objects.csx", "tracking_shuffled_objects_seven_objects.json", null },
        { "object_counting.csx", "object_counting.json", "object_counting.replies.json" },
    };

    [Theory]
    [MemberData(nameof(Tasks))]
    public void A_shipped_program_scores_100_percent_on_its_task(string program, string data, string? replies)
    {
        CliResult result = fixture.Eval(program, data, replies);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Equal("accuracy: 50/50 (100%)", result.Out.TrimEnd().Split('\n')[^1]);
        Assert.DoesNotContain("wrong #", result.Out);
    }

    [Fact]
    public void Date_understanding_misses_only_the_two_examples_whose_labels_are_wrong()
    {
        // #3: a 5-year anniversary of Jan 2, 1958 is in 1963, the label has 1961; #24: 2015 "in 36 hours" makes today
        // Dec 30, 2014, the label's answer needs Dec 29. The program and its replies answer the questions as asked.
        CliResult result = fixture.Eval("date_understanding.csx", "date_understanding.json", "date_understanding.replies.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["wrong #3:", "wrong #24:"], result.Out.Split('\n').Where(l => l.StartsWith("wrong #", StringComparison.Ordinal)).Select(l => l.Split(' ')[0] + " " + l.Split(' ')[1]));
        Assert.Equal("accuracy: 48/50 (96%)", result.Out.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Every_shipped_program_is_evaluated()
    {
        var covered = Tasks.Select(row => (string)row[0]).Append("date_understanding.csx").ToHashSet();

        Assert.All(Directory.GetFiles(Cli.ChainOfCode, "*.csx"), file => Assert.Contains(Path.GetFileName(file), covered));
    }

    [Fact]
    public void A_wrong_answer_is_printed_and_the_exit_code_is_not_0()
    {
        using var temp = new TempDirectory();
        string data = temp.Write("wrong.json", """{"examples": [{"input": "Sort the following words alphabetically: List: b a", "target": "a b"}, {"input": "Sort the following words alphabetically: List: d c", "target": "d c"}]}""");

        CliResult result = Cli.RunWithPool(fixture.Pool, "eval", Path.Combine(Cli.ChainOfCode, "word_sorting.csx"), "--data", data, "--timeout", Cli.Deadline);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("wrong #2: expected \"d c\", got \"c d\" (succeeded)", result.Out);
        Assert.Equal("accuracy: 1/2 (50%)", result.Out.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void The_json_report_has_the_score_and_the_wrong_examples()
    {
        using var temp = new TempDirectory();
        string data = temp.Write("wrong.json", """{"canary": "kept", "examples": [{"input": "Sort the following words alphabetically: List: d c", "target": "d c"}]}""");

        CliResult result = Cli.RunWithPool(fixture.Pool, "eval", Path.Combine(Cli.ChainOfCode, "word_sorting.csx"), "--data", data, "--json", "--timeout", Cli.Deadline);

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(["program", "data", "examples", "correct", "accuracy", "medianMs", "medianCpuMs", "emulatorCalls", "wrong"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, json.RootElement.GetProperty("correct").GetInt32());
        Assert.Equal("c d", json.RootElement.GetProperty("wrong")[0].GetProperty("answer").GetString());
    }

    [Theory]
    [InlineData("return Input.Contains(\"not False\");", "bool")]
    [InlineData("Console.WriteLine(\"checking\");\nConsole.WriteLine(Input.Contains(\"not False\") ? \"True\" : \"False\");", "printed")]
    public void A_bool_answer_and_a_printed_answer_are_compared_as_the_labels_write_them(string code, string kind)
    {
        using var temp = new TempDirectory();
        string program = temp.Write(kind + ".csx", code);
        string data = temp.Write("bool.json", """{"examples": [{"input": "not False and True", "target": "True"}, {"input": "True and False", "target": "False"}]}""");

        CliResult result = Cli.RunWithPool(fixture.Pool, "eval", program, "--data", data, "--timeout", Cli.Deadline);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Equal("accuracy: 2/2 (100%)", result.Out.TrimEnd().Split('\n')[^1]);
    }

    [Theory]
    [InlineData("{\"examples\": 3}", "\"examples\" array")]
    [InlineData("{\"examples\": [{\"input\": 1, \"target\": \"x\"}]}", "example 1 needs")]
    [InlineData("{\"examples\": []}", "has no examples")]
    [InlineData("not json", "not valid JSON")]
    public void A_malformed_dataset_is_a_usage_error(string text, string message)
    {
        using var temp = new TempDirectory();
        string data = temp.Write("bad.json", text);

        CliResult result = Cli.RunWithPool(fixture.Pool, "eval", Path.Combine(Cli.ChainOfCode, "word_sorting.csx"), "--data", data);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void A_missing_data_file_is_a_usage_error()
    {
        CliResult result = Cli.RunWithPool(fixture.Pool, "eval", Path.Combine(Cli.ChainOfCode, "word_sorting.csx"), "--data", "/nonexistent/data.json");

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
    }
}

/// <summary>The pool fixture's way to run one shipped program over its shipped data.</summary>
internal static class EvalFixtureExtensions
{
    public static CliResult Eval(this ChainPoolFixture fixture, string program, string data, string? replies)
    {
        var args = new List<string> { "eval", Path.Combine(Cli.ChainOfCode, program), "--data", Path.Combine(Cli.ChainOfCode, "bbh", data), "--timeout", Cli.Deadline };
        if (replies is not null)
        {
            args.AddRange(["--emulator", Path.Combine(Cli.ChainOfCode, replies)]);
        }

        return Cli.RunWithPool(fixture.Pool, [.. args]);
    }
}
