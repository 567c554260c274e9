using System.Text.Json;
using ChainOfCode.Analyzers.Rules;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace ChainOfCode.Cli.Tests.Mcp;

/// <summary>
/// <c>coc mcp</c> through the MCP client of the ModelContextProtocol package: the tools and the rules resource,
/// a benign run, an attack, limits a client cannot raise, and a flood the bounded queue answers call by call.
/// </summary>
public sealed class McpServerTests(McpServerFixture fixture) : IClassFixture<McpServerFixture>
{
    private McpServerProcess Server => fixture.Server;

    [Fact]
    public async Task ListsRunAndCheck()
    {
        IList<McpClientTool> tools = await Server.Client.ListToolsAsync().AsTask().WaitAsync(McpServerProcess.Wait);

        Assert.Equal(["check_csharp", "run_csharp"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheRunSchemaCarriesTheCommandLinesMaximums()
    {
        IList<McpClientTool> tools = await Server.Client.ListToolsAsync().AsTask().WaitAsync(McpServerProcess.Wait);

        JsonElement properties = tools.Single(t => t.Name == "run_csharp").JsonSchema.GetProperty("properties");
        Assert.Equal(
            (McpServerFixture.TimeoutMs, McpServerFixture.MemoryMb, McpServerFixture.MaxOutput),
            (properties.GetProperty("timeout_ms").GetProperty("maximum").GetInt32(), properties.GetProperty("memory_mb").GetProperty("maximum").GetInt32(), properties.GetProperty("max_output_chars").GetProperty("maximum").GetInt32()));
    }

    [Fact]
    public async Task TheRulesAreAResource()
    {
        ReadResourceResult read = await Server.Client.ReadResourceAsync("coc://rules").AsTask().WaitAsync(McpServerProcess.Wait);

        using JsonDocument rules = JsonDocument.Parse(Assert.IsType<TextResourceContents>(Assert.Single(read.Contents)).Text);
        Assert.Equal(
            ("allowlist", true),
            (rules.RootElement.GetProperty("mode").GetString(), rules.RootElement.GetProperty("rules").EnumerateArray().Any(r => r.GetProperty("id").GetString() == RuleIds.FileSystem)));
    }

    [Fact]
    public async Task ABenignRunAnswersItsValueFromAWorker()
    {
        (JsonElement result, bool isError) = await Server.CallAsync("run_csharp", new()
        {
            ["code"] = "var words = Args[\"text\"].GetString()!.Split(' '); Console.WriteLine(words.Length); return string.Join(\" \", words.Order(StringComparer.Ordinal));",
            ["inputs"] = new Dictionary<string, object?> { ["text"] = "pear apple fig" },
        });

        Assert.Equal(
            ("succeeded", "apple fig pear", "3\n", false, true),
            (result.GetProperty("status").GetString(), result.GetProperty("value").GetString(), result.GetProperty("output").GetString(), isError, result.GetProperty("isolation").GetString()!.StartsWith("worker(", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ARunAnswersWithTheJsonOfCocRun()
    {
        const string Code = "Console.Write(\"it's <b> & done\"); return new { answer = 42, note = \"don't\" };";
        using var directory = new TempDirectory();
        CliResult cocRun = Cli.Run("run", directory.Write("script.csx", Code), "--json", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        (JsonElement mcp, _) = await Server.CallAsync("run_csharp", new() { ["code"] = Code });

        // Everything but where and how long it ran: the same fields in the same order, the same text for the same values.
        Assert.Equal(WithoutUsage(JsonDocument.Parse(cocRun.Out).RootElement), WithoutUsage(mcp));
    }

    [Fact]
    public async Task AFileReadIsRejectedAndReadsNothing()
    {
        using var directory = new TempDirectory();
        string secret = "canary-" + Guid.NewGuid().ToString("N");
        string canary = directory.Write("canary.txt", secret);

        (JsonElement result, bool isError) = await Server.CallAsync("run_csharp", new() { ["code"] = $"return System.IO.File.ReadAllText(\"{canary}\");" });

        Assert.Equal(("rejected", true, true, false), (
            result.GetProperty("status").GetString(),
            isError,
            result.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("id").GetString() == RuleIds.FileSystem),
            result.GetRawText().Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AClientCannotRaiseTheMemoryLimit()
    {
        (JsonElement result, _) = await Server.CallAsync("run_csharp", new()
        {
            ["code"] = "var keep = new List<byte[]>(); for (int i = 0; i < 64; i++) { keep.Add(new byte[1024 * 1024]); } return keep.Count;",
            ["memory_mb"] = 4096,
        });

        Assert.Equal("memory_limit", result.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AClientCannotRaiseTheTimeout()
    {
        // A server of its own with a deadline of 2 s. Each turn scans 100,000 characters, so the loop runs into a
        // deadline, not the step budget (an empty loop spends its 50,000,000 steps in a few tens of milliseconds).
        // Were the client's hour granted, the call would outlast the wait of CallAsync and the test would fail.
        await using McpServerProcess server = await McpServerProcess.StartAsync("--timeout", "2s");

        (JsonElement result, _) = await server.CallAsync("run_csharp", new()
        {
            ["code"] = "var text = new string('a', 100000); long n = 0; while (true) { n += text.IndexOf('b'); }",
            ["timeout_ms"] = 3_600_000,
        });

        Assert.Equal("timeout", result.GetProperty("status").GetString());
    }

    [Fact]
    public async Task CheckAnswersTheVerdictWithoutRunning()
    {
        (JsonElement result, bool isError) = await Server.CallAsync("check_csharp", new() { ["code"] = "System.Environment.Exit(1); return 0;" });

        Assert.Equal(("rejected", RuleIds.ProcessControl, true), (result.GetProperty("verdict").GetString(), result.GetProperty("diagnostics")[0].GetProperty("id").GetString(), isError));
    }

    [Fact]
    public async Task ACheckPastTheCommandLinesCheckDeadlineIsRefused()
    {
        // No compile finishes in a millisecond: the refusal names the deadline of the command line, not the default 30 s.
        await using McpServerProcess server = await McpServerProcess.StartAsync("--check-timeout", "1ms");

        (JsonElement result, bool isError) = await server.CallAsync("check_csharp", new() { ["code"] = "return 1;" });

        Assert.Equal(("rejected", true, true), (result.GetProperty("verdict").GetString(), result.GetProperty("error").GetString()!.Contains("did not finish within 0.001 s", StringComparison.Ordinal), isError));
    }

    [Fact]
    public async Task AFloodIsAnsweredCallByCall()
    {
        // Two workers and a queue of two: four runs are admitted at a time, any other call is answered queue_full at once.
        // The runs are long enough (a million steps each) for the burst of 24 calls to meet a full queue, and end well within the limits.
        const string Busy = "long n = 0; for (long i = 0; i < 1_000_000; i++) { n += i % 7; } return n;";
        Task<(JsonElement Json, bool IsError)>[] calls = [.. Enumerable.Range(0, 24).Select(_ => Server.CallAsync("run_csharp", new() { ["code"] = Busy }))];

        string[] statuses = [.. (await Task.WhenAll(calls)).Select(c => c.Json.GetProperty("status").GetString()!)];

        Assert.Equal((24, true, true), (statuses.Length, statuses.All(s => s is "succeeded" or "queue_full"), statuses.Contains("queue_full")));
    }

    private static string WithoutUsage(JsonElement result) =>
        string.Join(",", result.EnumerateObject().Where(p => p.Name is not ("usage" or "isolation")).Select(p => p.Name + "=" + p.Value.GetRawText()));
}
