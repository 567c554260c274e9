using System.Text.Json;
using ChainOfCode.Runtime.Agents;
using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Tests.Agents;

/// <summary>
/// What run_csharp does with a model's arguments before anything runs: limits within the tool's maximums,
/// bad arguments answered as results, the budget of runs. The run itself is recorded, not executed.
/// </summary>
public sealed class RunCSharpArgumentTests
{
    private static readonly RunLimits Maximum = RunLimits.Default with
    {
        Timeout = TimeSpan.FromSeconds(2),
        MaxAllocatedBytes = 32L * 1024 * 1024,
        MaxOutputChars = 1_000,
    };

    private readonly List<(string Code, RunOptions Options)> runs = [];

    [Fact]
    public async Task AskingForMoreTimeGetsTheMaximum()
    {
        await CallAsync(Tool(), new() { ["code"] = "return 1;", ["timeout_ms"] = 600_000 });

        Assert.Equal(Maximum.Timeout, Assert.Single(runs).Options.Limits.Timeout);
    }

    [Fact]
    public async Task AskingForMoreMemoryGetsTheMaximum()
    {
        await CallAsync(Tool(), new() { ["code"] = "return 1;", ["memory_mb"] = JsonSerializer.SerializeToElement(long.MaxValue) });

        Assert.Equal(Maximum.MaxAllocatedBytes, Assert.Single(runs).Options.Limits.MaxAllocatedBytes);
    }

    [Fact]
    public async Task AskingForMoreOutputGetsTheMaximum()
    {
        await CallAsync(Tool(), new() { ["code"] = "return 1;", ["max_output_chars"] = "5000000" });

        Assert.Equal(Maximum.MaxOutputChars, Assert.Single(runs).Options.Limits.MaxOutputChars);
    }

    [Fact]
    public async Task AskingForLessIsGranted()
    {
        await CallAsync(Tool(), new() { ["code"] = "return 1;", ["timeout_ms"] = 250, ["memory_mb"] = 8, ["max_output_chars"] = 10 });

        RunLimits limits = Assert.Single(runs).Options.Limits;
        Assert.Equal(
            (TimeSpan.FromMilliseconds(250), 8L * 1024 * 1024, 10),
            (limits.Timeout, limits.MaxAllocatedBytes, limits.MaxOutputChars));
    }

    [Fact]
    public async Task InputsBecomeTheScriptsArgs()
    {
        await CallAsync(Tool(), new() { ["code"] = "return 1;", ["inputs"] = JsonSerializer.SerializeToElement(new { n = 7, name = "x" }) });

        Assert.Equal("""{"n":7,"name":"x"}""", Assert.Single(runs).Options.ArgsJson);
    }

    [Theory]
    [InlineData("timeout_ms", -5, "timeout_ms")]
    [InlineData("memory_mb", 0, "memory_mb")]
    [InlineData("inputs", 3, "inputs")]
    [InlineData("timeout", 100, "Unknown argument 'timeout'")]
    public async Task ABadArgumentIsAnsweredAndNothingRuns(string name, int value, string named)
    {
        ScriptResult result = await CallAsync(Tool(), new() { ["code"] = "return 1;", [name] = value });

        Assert.Equal((ScriptStatus.Rejected, true, 0), (result.Status, result.Error!.Contains(named, StringComparison.Ordinal), runs.Count));
    }

    [Fact]
    public async Task MissingCodeIsAnsweredAndNothingRuns()
    {
        ScriptResult result = await CallAsync(Tool(), new() { ["inputs"] = JsonSerializer.SerializeToElement(new { n = 1 }) });

        Assert.Equal((ScriptStatus.Rejected, 0), (result.Status, runs.Count));
    }

    [Fact]
    public async Task RunsPastTheBudgetAreRefused()
    {
        AIFunction tool = Tool(maxRuns: 2);
        var statuses = new List<ScriptStatus>();
        for (int i = 0; i < 4; i++)
        {
            statuses.Add((await CallAsync(tool, new() { ["code"] = "return 1;" })).Status);
        }

        Assert.Equal([ScriptStatus.Succeeded, ScriptStatus.Succeeded, ScriptStatus.RunBudgetExhausted, ScriptStatus.RunBudgetExhausted], statuses);
    }

    [Fact]
    public async Task EachToolHasItsOwnBudget()
    {
        await CallAsync(Tool(maxRuns: 1), new() { ["code"] = "return 1;" });

        ScriptResult second = await CallAsync(Tool(maxRuns: 1), new() { ["code"] = "return 1;" });

        Assert.Equal(ScriptStatus.Succeeded, second.Status);
    }

    [Fact]
    public void TheSchemaRequiresCodeAndNamesTheMaximums()
    {
        JsonElement schema = Tool().JsonSchema;

        Assert.Equal(
            ("code", 2000, 32, 1000, false),
            (schema.GetProperty("required")[0].GetString(),
             schema.GetProperty("properties").GetProperty("timeout_ms").GetProperty("maximum").GetInt32(),
             schema.GetProperty("properties").GetProperty("memory_mb").GetProperty("maximum").GetInt32(),
             schema.GetProperty("properties").GetProperty("max_output_chars").GetProperty("maximum").GetInt32(),
             schema.GetProperty("additionalProperties").GetBoolean()));
    }

    [Fact]
    public void TheDescriptionTellsTheModelItsLimitsAndTheRefusedCapabilities()
    {
        string description = Tool(maxRuns: 9).Description;

        Assert.All(["2 s", "32 MiB", "1,000 characters", "file system", "network", "At most 9 runs", "run_budget_exhausted"], part => Assert.Contains(part, description, StringComparison.Ordinal));
    }

    private AIFunction Tool(int? maxRuns = null) => new RunCSharpFunction(
        (code, options, _) =>
        {
            runs.Add((code, options));
            return Task.FromResult(new ScriptResult { Status = ScriptStatus.Succeeded, Isolation = "recorded" });
        },
        () => "recorded",
        new ChainOfCodeToolOptions { Limits = Maximum, MaxRuns = maxRuns });

    private static async Task<ScriptResult> CallAsync(AIFunction tool, Dictionary<string, object?> arguments)
    {
        object? answer = await tool.InvokeAsync(new AIFunctionArguments(arguments));
        return ScriptResult.FromJson(Assert.IsType<string>(answer));
    }
}
