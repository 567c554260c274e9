using System.Text.Json;
using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime.Tests.Chain;

/// <summary>The replies-file emulator: calls by name and argument values, statements by their text.</summary>
public sealed class ScriptedEmulatorTests
{
    private const string Replies = """
        {
          "description": "ignored",
          "calls": {
            "IsInCategory(\"violin\", \"musical instruments\")": true,
            "IsInCategory(\"apple\",\"musical instruments\")": false,
            "Count(3)": 4
          },
          "statements": { "int n = int.Parse(word);": { "n": 2 } }
        }
        """;

    private static EmulationRequest Call(string function, params object[] arguments) => new()
    {
        Kind = EmulationKind.Call,
        Function = function,
        Arguments = arguments.Select(a => JsonSerializer.SerializeToElement(a)).ToList(),
        ReturnType = LiteralType.Bool,
    };

    [Fact]
    public async Task A_call_is_answered_by_its_name_and_argument_values()
    {
        var emulator = ScriptedEmulator.FromJson(Replies);

        Assert.Equal("true", await emulator.EmulateAsync(Call("IsInCategory", "violin", "musical instruments"), default));
        Assert.Equal("false", await emulator.EmulateAsync(Call("IsInCategory", "apple", "musical instruments"), default));
        Assert.Equal("4", await emulator.EmulateAsync(Call("Count", 3), default));
    }

    [Fact]
    public async Task A_statement_is_answered_by_its_text_whatever_the_spacing()
    {
        var emulator = ScriptedEmulator.FromJson(Replies);

        string reply = await emulator.EmulateAsync(new EmulationRequest { Kind = EmulationKind.Statement, Code = "int  n =  int.Parse(word);" }, default);

        Assert.Equal("""{"n":2}""", reply.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_without_a_reply_fails_with_the_call_named()
    {
        var emulator = ScriptedEmulator.FromJson(Replies);

        var error = await Assert.ThrowsAsync<EmulatorException>(() => emulator.EmulateAsync(Call("IsInCategory", "drum", "fruits") with { Line = 7 }, default));

        Assert.Equal("The replies file has no reply for IsInCategory(\"drum\", \"fruits\") (line 7).", error.Message);
    }

    [Theory]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{}", "no \"calls\"")]
    [InlineData("{\"calls\": {\"not a call\": 1}}", "is not a call")]
    [InlineData("{\"calls\": {\"F(1)\": 1, \"F( 1 )\": 2}}", "listed twice")]
    [InlineData("{\"statements\": {\"x = 1;\": 1}}", "object of variable values")]
    [InlineData("{\"calls\": ", "not valid JSON")]
    public void A_malformed_replies_file_is_refused_with_a_reason(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => ScriptedEmulator.FromJson(json));

        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("object_counting.replies.json")]
    [InlineData("date_understanding.replies.json")]
    public void The_shipped_replies_files_load(string file)
    {
        var emulator = ScriptedEmulator.FromFile(Path.Combine(Samples.ChainOfCode, file));

        Assert.True(emulator.Count > 10);
    }
}
