using System.Text.Json;
using System.Text.Json.Nodes;
using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The benign corpus (tests/corpus/benign) through the gate and the guards, in this process: every model-style
/// program succeeds with the exact value its header states. <c>coc check</c> runs the same files (Cli tests).
/// </summary>
public sealed class BenignCorpusTests
{
    private static readonly ScriptRunner Runner = new();

    public static TheoryData<string> Programs => BenignCorpus.Names();

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task A_benign_program_succeeds_with_the_value_its_header_states(string name)
    {
        BenignProgram program = BenignCorpus.Named(name);

        ScriptResult result = await Runner.RunAsync(program.Code, new RunOptions { Input = program.Input, Limits = Scripts.Benign });

        Assert.True(result.Status == ScriptStatus.Succeeded, $"{name}: {result.ToJson()}");
        JsonNode? expected = JsonNode.Parse(program.Expected);
        JsonNode? actual = result.Value is JsonElement value ? JsonNode.Parse(value.GetRawText()) : null;
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{name}: expected {program.Expected} but got {result.Value?.GetRawText() ?? "no value"}");
    }

    [Fact]
    public void The_benign_corpus_has_a_hundred_programs_each_with_an_expected_value()
    {
        Assert.True(BenignCorpus.All.Count >= 100, $"{BenignCorpus.All.Count} programs");
        Assert.All(BenignCorpus.All, p => Assert.False(string.IsNullOrWhiteSpace(p.Expected), p.Name));
    }
}
