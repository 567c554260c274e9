using System.Text.Json;

namespace ChainOfCode.Cli.Tests;

/// <summary>
/// <c>coc chain</c> over tests/corpus/chain: programs in the shapes a model writes for BIG-Bench Hard questions, with
/// semantic helpers they never define (in LINQ lambdas, loops, ternaries, interpolations, switches, as arguments of
/// other emulated calls, a line without its ';'). Each file states its question and expected value in its first two
/// comment lines and has a replies file beside it; each runs in a worker and in process to that value.
/// </summary>
[Collection(ChainPoolCollection.Name)]
public sealed class ChainCorpusTests(ChainPoolFixture fixture)
{
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(HostileCorpusCheckTests.CorpusDirectory("chain"), "*.csx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_model_style_program_gives_its_expected_value_in_a_worker(string name)
    {
        (string program, string question, string expected, string replies) = Read(name);

        CliResult result = Cli.RunWithPool(fixture.Pool, "chain", program, "--question", question, "--emulator", replies, "--json", "--timeout", Cli.Deadline);

        AssertValue(expected, result);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_model_style_program_gives_its_expected_value_in_process(string name)
    {
        (string program, string question, string expected, string replies) = Read(name);

        CliResult result = Cli.Run("chain", program, "--question", question, "--emulator", replies, "--isolation", "inprocess", "--json", "--timeout", Cli.Deadline);

        AssertValue(expected, result);
    }

    [Fact]
    public void The_corpus_has_at_least_twenty_programs_each_with_its_replies()
    {
        string directory = HostileCorpusCheckTests.CorpusDirectory("chain");
        string[] programs = Directory.GetFiles(directory, "*.csx");

        Assert.True(programs.Length >= 20, $"{programs.Length} programs");
        Assert.All(programs, p => Assert.True(File.Exists(Path.ChangeExtension(p, ".replies.json")), p));
    }

    private static (string Program, string Question, string Expected, string Replies) Read(string name)
    {
        string program = Path.Combine(HostileCorpusCheckTests.CorpusDirectory("chain"), name + ".csx");
        string[] lines = File.ReadAllLines(program);
        const string QuestionPrefix = "// Question: ";
        const string ExpectedPrefix = "// Expected: ";
        Assert.StartsWith(QuestionPrefix, lines[0]);
        Assert.StartsWith(ExpectedPrefix, lines[1]);
        return (program, lines[0][QuestionPrefix.Length..], lines[1][ExpectedPrefix.Length..], Path.ChangeExtension(program, ".replies.json"));
    }

    private static void AssertValue(string expected, CliResult result)
    {
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement root = json.RootElement;
        Assert.True(root.GetProperty("status").GetString() == "succeeded", result.Out);
        JsonElement value = root.GetProperty("value");
        Assert.Equal(expected, value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText());
    }
}
