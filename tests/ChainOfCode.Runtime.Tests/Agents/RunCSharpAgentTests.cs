using System.Text.Json;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Runtime.Agents;
using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Tests.Agents;

/// <summary>
/// run_csharp in an agent loop: FunctionInvokingChatClient over a scripted model calls the tool on a worker pool,
/// and the conversation gets the run's JSON result: a value, a rejection with the rule's advice, a timeout.
/// </summary>
public sealed class RunCSharpAgentTests(AgentPoolFixture fixture) : IClassFixture<AgentPoolFixture>
{
    // Under the test step's hang limit (5 min), far over a loaded machine's compile.
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(4);

    // A run's deadline counts its compile in the worker: the runs that prove a value or a rejection get one a loaded
    // machine cannot miss (the default 5 s can be), so that their status never depends on the machine's speed.
    private static readonly ChainOfCodeToolOptions Unhurried = new() { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMinutes(4) } };

    [Fact]
    public async Task BenignCodeGivesTheConversationItsValue()
    {
        JsonElement result = await AskAsync("var primes = Enumerable.Range(2, 50).Where(n => Enumerable.Range(2, n - 2).All(d => n % d != 0)); return primes.Sum() + Args[\"offset\"].GetInt32();", new { offset = 2 }, Unhurried);

        Assert.Equal("succeeded", result.GetProperty("status").GetString());
        Assert.Equal(330, result.GetProperty("value").GetInt32());
        Assert.StartsWith("worker(", result.GetProperty("isolation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileReadIsRejectedWithTheRulesAdvice()
    {
        JsonElement result = await AskAsync("return System.IO.File.ReadAllText(\"/etc/passwd\");", options: Unhurried);

        Assert.Equal("rejected", result.GetProperty("status").GetString());
        JsonElement finding = result.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("id").GetString() == RuleIds.FileSystem);
        Assert.Contains(Policy.Default.GetCapability(RuleIds.FileSystem)!.Alternative, finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndlessLoopEndsInTimeout()
    {
        JsonElement result = await AskAsync("long n = 0; while (true) { n++; }", options: new ChainOfCodeToolOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMilliseconds(500) } });

        Assert.Equal("timeout", result.GetProperty("status").GetString());
    }

    /// <summary>One conversation: the model calls run_csharp once, FunctionInvokingChatClient runs it, the model repeats the answer.</summary>
    private async Task<JsonElement> AskAsync(string code, object? inputs = null, ChainOfCodeToolOptions? options = null)
    {
        var arguments = new Dictionary<string, object?> { ["code"] = code };
        if (inputs is not null)
        {
            arguments["inputs"] = JsonSerializer.SerializeToElement(inputs);
        }

        AIFunction tool = ChainOfCodeTools.CreateRunCSharp(fixture.Pool, options);
        using IChatClient agent = new FunctionInvokingChatClient(new ScriptedChatClient(ChainOfCodeTools.RunCSharpName, arguments));
        ChatResponse response = await agent.GetResponseAsync([new ChatMessage(ChatRole.User, "Compute it.")], new ChatOptions { Tools = [tool] }).WaitAsync(Wait);

        string json = Assert.IsType<string>(response.Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Single().Result);
        Assert.Equal("The tool answered: " + json, response.Text);
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
