using System.Text.Json;

namespace ChainOfCode.Runtime.Tests;

/// <summary>The result object, its wire form, runtime errors and result validation.</summary>
public sealed class ResultTests
{
    [Fact]
    public async Task The_json_form_has_exactly_the_agreed_shape()
    {
        ScriptResult result = await Scripts.RunAsync("Console.Write(\"hi\"); var r = Regex.IsMatch(\"a\", \"a\"); return new[] { 1, 2 };");

        using JsonDocument json = JsonDocument.Parse(result.ToJson());
        JsonElement root = json.RootElement;
        Assert.Equal(["status", "value", "output", "error", "diagnostics", "usage", "isolation"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("succeeded", root.GetProperty("status").GetString());
        Assert.Equal("[1,2]", root.GetProperty("value").GetRawText());
        Assert.Equal("hi", root.GetProperty("output").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
        JsonElement diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal(["id", "severity", "message", "line", "column"], diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal("COC0009", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(["wallMs", "cpuMs", "allocatedBytes", "peakMemoryBytes", "steps"], root.GetProperty("usage").EnumerateObject().Select(p => p.Name));
        Assert.Equal("inprocess", root.GetProperty("isolation").GetString());
    }

    [Theory]
    [InlineData(ScriptStatus.Succeeded, "succeeded")]
    [InlineData(ScriptStatus.Rejected, "rejected")]
    [InlineData(ScriptStatus.CompileError, "compile_error")]
    [InlineData(ScriptStatus.Timeout, "timeout")]
    [InlineData(ScriptStatus.MemoryLimit, "memory_limit")]
    [InlineData(ScriptStatus.RecursionLimit, "recursion_limit")]
    [InlineData(ScriptStatus.OutputLimit, "output_limit")]
    [InlineData(ScriptStatus.RuntimeError, "runtime_error")]
    [InlineData(ScriptStatus.Killed, "killed")]
    [InlineData(ScriptStatus.Crashed, "crashed")]
    [InlineData(ScriptStatus.QueueFull, "queue_full")]
    [InlineData(ScriptStatus.CallerSuspended, "caller_suspended")]
    public void Statuses_are_snake_case_and_round_trip(ScriptStatus status, string wire)
    {
        var result = new ScriptResult { Status = status, Error = "e" };

        string json = result.ToJson();

        Assert.Contains($"\"status\":\"{wire}\"", json);
        Assert.Equal(status, ScriptResult.FromJson(json).Status);
    }

    [Fact]
    public async Task A_runtime_error_is_sanitized_and_points_at_the_user_line()
    {
        ScriptResult result = await Scripts.RunAsync("""
            var xs = new List<int>();
            var a = 1;
            return xs[a];
            """);

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.StartsWith("ArgumentOutOfRangeException", result.Error);
        Assert.Contains("(line 3)", result.Error);
        Assert.DoesNotContain(" at ", result.Error);
        Assert.True(result.Error!.Length <= MessageSanitizer.MaxLength + MessageSanitizer.TruncationMarker.Length);
    }

    [Fact]
    public async Task A_runtime_error_in_a_guarded_method_keeps_its_line()
    {
        ScriptResult result = await Scripts.RunAsync("""
            int Parse(string s) => int.Parse(s);

            var ok = Parse("12");
            var bad = Parse("twelve");
            """);

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.StartsWith("FormatException", result.Error);
        // The failing frame is the local function (line 1) or, when the JIT inlined it, its caller (line 4).
        Assert.True(result.Error!.EndsWith("(line 1)", StringComparison.Ordinal) || result.Error.EndsWith("(line 4)", StringComparison.Ordinal), result.Error);
    }

    [Fact]
    public async Task A_cached_script_that_fails_again_in_a_lambda_keeps_its_line()
    {
        // The image is emitted without its PDB: the line comes from the PDB compiled when the first failure asks.
        const string code = """
            var xs = new List<int> { 1, 2 };
            Func<int, int> at = i =>
                xs[i] * 2;
            var ok = at(1);
            return at(5);
            """;

        ScriptResult first = await Scripts.RunAsync(code);
        ScriptResult again = await Scripts.RunAsync(code);

        Assert.Equal(("ArgumentOutOfRangeException", "(line 3)"), (first.Error!.Split(':')[0], first.Error[first.Error.LastIndexOf('(')..]));
        Assert.Equal(first.Error, again.Error);
    }

    [Fact]
    public async Task A_thrown_message_with_paths_and_addresses_is_sanitized()
    {
        ScriptResult result = await Scripts.RunAsync("""throw new InvalidOperationException("failed at /home/user/secret/file.txt 0x7ffde4a0 " + new string('z', 300));""");

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.DoesNotContain("/home/user", result.Error);
        Assert.DoesNotContain("0x7ffde4a0", result.Error);
        Assert.EndsWith(MessageSanitizer.TruncationMarker, result.Error);
    }

    [Theory]
    [InlineData("return double.NaN;")]
    [InlineData("return new[] { 1.0, double.PositiveInfinity };")]
    [InlineData("return Enumerable.Range(0, 10_001).ToList();")]
    [InlineData("return new string('x', 100_001);")]
    [InlineData("IEnumerable<int> Forever() { while (true) yield return 1; } return Forever();")]
    [InlineData("class Node { public Node Next => new Node(); } return new Node();")]
    public async Task An_invalid_result_is_a_runtime_error(string code)
    {
        ScriptResult result = await Scripts.RunHostileAsync(code);

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.Null(result.Value);
    }

    // Before, the conversion walked the public properties of whatever it got, the host's reflection objects included, and
    // stopped only because a Type's GenericParameterPosition throws.
    [Theory]
    [InlineData("try { int.Parse(\"x\"); return null; } catch (Exception e) { object o = e; return new { o }; }")]
    [InlineData("object o = System.Text.Json.JsonSerializerOptions.Default.GetTypeInfo(typeof(KeyValuePair<int, int>)).Properties[0].AttributeProvider!; return o;")]
    [InlineData("Func<int> f = () => 1; object o = f; return new[] { o };")]
    public async Task A_result_that_holds_reflection_metadata_or_a_delegate_is_refused_by_name(string code)
    {
        ScriptResult result = await Scripts.RunHostileAsync(code);

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.Contains("reflection metadata or a delegate", result.Error);
    }

    [Fact]
    public async Task Results_convert_to_json()
    {
        ScriptResult result = await Scripts.RunAsync("""
            record Point(int X, int Y);
            return new
            {
                Text = "t",
                Number = 1.5,
                Flag = true,
                Nothing = (string)null,
                List = new List<int> { 1 },
                Map = new Dictionary<string, int> { ["k"] = 2 },
                Tuple = (1, "a"),
                Record = new Point(3, 4),
                Date = new DateOnly(2024, 2, 29),
                Char = 'c',
            };
            """);

        Assert.Equal(
            """{"Text":"t","Number":1.5,"Flag":true,"Nothing":null,"List":[1],"Map":{"k":2},"Tuple":[1,"a"],"Record":{"X":3,"Y":4},"Date":"2024-02-29","Char":"c"}""",
            Scripts.Value(result).GetRawText());
    }

    [Fact]
    public async Task A_script_without_a_value_returns_null()
    {
        ScriptResult result = await Scripts.RunAsync("var x = 1;");

        Scripts.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Null(result.Value);
        Assert.Contains("\"value\":null", result.ToJson());
    }
}
