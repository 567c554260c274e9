using System.Text.Json;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Runtime.Agents;
using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Tests.Agents;

/// <summary>check_csharp: the gate's verdict and findings as JSON, without running the script.</summary>
public sealed class CheckCSharpToolTests
{
    // A deadline a loaded machine cannot miss (the default 30 s was missed at load 60 and beyond: checks run one at a
    // time process-wide, a waiting one spends its own deadline, and the first warms the compiler up), under the test
    // step's hang limit (5 min). The deadline's own answer is proven with deadlines that have passed before the check starts.
    private static readonly AIFunction Tool = ChainOfCodeTools.CreateCheckCSharp(new ChainOfCodeToolOptions { CheckTimeout = TimeSpan.FromMinutes(4) });

    [Fact]
    public async Task BenignCodeIsAccepted()
    {
        JsonElement verdict = await CheckAsync("return string.Join(\",\", new[] { 3, 1, 2 }.Order());");

        Assert.Equal(("accepted", 0), (verdict.GetProperty("verdict").GetString(), verdict.GetProperty("diagnostics").GetArrayLength()));
    }

    [Fact]
    public async Task AFileReadIsRejectedWithTheRule()
    {
        JsonElement verdict = await CheckAsync("return System.IO.File.ReadAllText(\"secret.txt\");");

        Assert.Equal(("rejected", RuleIds.FileSystem), (verdict.GetProperty("verdict").GetString(), verdict.GetProperty("diagnostics")[0].GetProperty("id").GetString()));
    }

    [Fact]
    public async Task CodeThatDoesNotCompileIsACompileError()
    {
        JsonElement verdict = await CheckAsync("return undefinedName + 1;");

        Assert.Equal("compile_error", verdict.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task TheAnswerHasTheWireShape()
    {
        JsonElement verdict = await CheckAsync("return 1;");

        Assert.Equal(["verdict", "error", "diagnostics"], verdict.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task ACheckPastItsDeadlineIsRefused(int seconds)
    {
        JsonElement verdict = await CheckAsync("return 1;", ChainOfCodeTools.CreateCheckCSharp(new ChainOfCodeToolOptions { CheckTimeout = TimeSpan.FromSeconds(seconds) }));

        Assert.Equal(("rejected", true), (verdict.GetProperty("verdict").GetString(), verdict.GetProperty("error").GetString()!.Contains("did not finish", StringComparison.Ordinal)));
    }

    private static async Task<JsonElement> CheckAsync(string code, AIFunction? tool = null)
    {
        object? answer = await (tool ?? Tool).InvokeAsync(new AIFunctionArguments(new Dictionary<string, object?> { ["code"] = code }));
        return JsonDocument.Parse(Assert.IsType<string>(answer)).RootElement.Clone();
    }
}
