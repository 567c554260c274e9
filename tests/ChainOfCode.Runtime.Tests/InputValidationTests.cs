using System.Text.Json;

namespace ChainOfCode.Runtime.Tests;

/// <summary>Inputs are validated before the run: sizes, depth, finite numbers, declared ranges.</summary>
public sealed class InputValidationTests
{
    [Theory]
    [InlineData("""{"x": 1e999}""")]
    [InlineData("""{"x": -1e400}""")]
    [InlineData("""{"x": "not json""")]
    [InlineData("""[1, 2]""")]
    public async Task Invalid_or_non_finite_arguments_are_rejected(string argsJson)
    {
        ScriptResult result = await Scripts.RunAsync("Console.Write(\"ran\");", new RunOptions { ArgsJson = argsJson });

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task An_array_over_the_item_limit_is_rejected()
    {
        string args = "{\"xs\": [" + string.Join(",", Enumerable.Range(0, 10_001)) + "]}";
        ScriptResult result = await Scripts.RunAsync("1", new RunOptions { ArgsJson = args });

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
        Assert.Contains("10000", result.Error);
    }

    [Fact]
    public async Task A_string_over_the_length_limit_is_rejected()
    {
        var args = new Dictionary<string, JsonElement> { ["s"] = JsonSerializer.SerializeToElement(new string('a', 100_001)) };
        ScriptResult result = await Scripts.RunAsync("1", new RunOptions { Args = args });

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
    }

    [Fact]
    public async Task A_text_input_over_the_length_limit_is_rejected()
    {
        ScriptResult result = await Scripts.RunAsync("Input.Length", new RunOptions { Input = new string('a', 100_001) });

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
    }

    [Fact]
    public async Task Nesting_over_the_depth_limit_is_rejected()
    {
        string args = "{\"deep\": " + new string('[', 150) + new string(']', 150) + "}";
        ScriptResult result = await Scripts.RunAsync("1", new RunOptions { ArgsJson = args });

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
    }

    [Fact]
    public async Task A_number_outside_its_declared_range_is_rejected()
    {
        var options = new RunOptions
        {
            ArgsJson = """{"n": 150, "other": 1e300}""",
            InputLimits = InputLimits.Default with { Ranges = new Dictionary<string, NumberRange> { ["n"] = new(0, 100) } },
        };

        ScriptResult result = await Scripts.RunAsync("1", options);

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
        Assert.Contains("'n'", result.Error);
    }

    [Fact]
    public async Task Limits_are_configurable_and_valid_inputs_reach_the_script()
    {
        var options = new RunOptions
        {
            ArgsJson = """{"n": 42, "names": ["a", "b"]}""",
            Input = "first\nsecond",
            InputLimits = InputLimits.Default with { MaxItems = 2, Ranges = new Dictionary<string, NumberRange> { ["n"] = new(0, 100) } },
        };

        ScriptResult result = await Scripts.RunAsync("""$"{Args["n"].GetInt32()} {Args["names"].GetArrayLength()} {ReadLine()} {ReadLine()} {ReadLine() == null} {Input.Length}" """, options);

        Assert.Equal("42 2 first second True 12", Scripts.Value(result).GetString());
    }

    [Fact]
    public void The_validator_is_usable_on_its_own()
    {
        Assert.Throws<InvalidValueException>(() => ValueValidator.ParseArgs("""{"a": [[[1]]]}""", InputLimits.Default with { MaxDepth = 2 }));
        Assert.Equal(2, ValueValidator.ParseArgs("""{"a": 1, "b": "x"}""", InputLimits.Default).Count);
    }
}
