using ChainOfCode.Runtime;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Small JSON through every route the guards send through the run's budgeted buffer or sink (a stream the serializer
/// writes into, a Utf8JsonWriter the script makes, SerializeToNode, SerializeToElement, SerializeToDocument, a
/// conditional ToJsonString, a node's ToString, interpolated, concatenated or written to the console, method groups) gives what the library gives unguarded (the expected text is what the same script returned
/// before the rewrite, base 51d46d7; the conditional calls, which crashed the rewrite there, as the library writes them).
/// The hostile corpus's memory--json-* scripts are the attacks on the same routes.
/// </summary>
public sealed class GuardedJsonTests
{
    // A nesting limit above the cap is lowered to it: the serializer recurses per level outside every guard, so 1,500
    // levels under a script's MaxDepth of 100,000 fail as too deep instead of being written.
    [Fact]
    public async Task A_json_nesting_limit_above_the_cap_is_lowered_to_it()
    {
        ScriptResult result = await Scripts.RunAsync("object o = 1; for (var i = 0; i < 1_500; i++) { o = new object[] { o }; } return System.Text.Json.JsonSerializer.Serialize(o, new System.Text.Json.JsonSerializerOptions { MaxDepth = 100_000 }).Length;");

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
    }

    [Theory]
    [InlineData("var s = new MemoryStream(); JsonSerializer.Serialize(s, new { a = 1, b = new[] { \"x\", \"é<\" } }, new JsonSerializerOptions { WriteIndented = true }); return Encoding.UTF8.GetString(s.ToArray());",
        "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    \"\\u00E9\\u003C\"\n  ]\n}")]
    [InlineData("var s = new MemoryStream(); JsonSerializer.Serialize(s, (object)new[] { 1, 2 }, typeof(int[])); JsonSerializer.Serialize(utf8Json: s, value: new[] { 3 }, jsonTypeInfo: JsonSerializerOptions.Default.GetTypeInfo(typeof(int[]))); return Encoding.UTF8.GetString(s.ToArray());",
        "[1,2][3]")]
    [InlineData("var s = new MemoryStream(); var w = new Utf8JsonWriter(s, new JsonWriterOptions { Indented = true }); w.WriteStartObject(); w.WriteString(\"k\", \"v\"); w.WritePropertyName(\"o\"); JsonSerializer.Serialize(w, new { a = new[] { 1, 2 } }); w.WritePropertyName(\"n\"); JsonNode.Parse(\"[1,{\\\"x\\\":null}]\")!.WriteTo(w); w.WritePropertyName(\"e\"); JsonDocument.Parse(\"{\\\"y\\\":[true]}\").RootElement.WriteTo(w); w.WriteEndObject(); w.Flush(); return w.BytesCommitted + \" \" + Encoding.UTF8.GetString(s.ToArray());",
        "153 {\n  \"k\": \"v\",\n  \"o\": {\n    \"a\": [\n      1,\n      2\n    ]\n  },\n  \"n\": [\n    1,\n    {\n      \"x\": null\n    }\n  ],\n  \"e\": {\n    \"y\": [\n      true\n    ]\n  }\n}")]
    [InlineData("var s = new MemoryStream(); Utf8JsonWriter w = new(options: new JsonWriterOptions { Indented = false }, utf8Json: s); w.WriteStartArray(); for (int i = 0; i < 3000; i++) w.WriteNumberValue(i); w.WriteEndArray(); w.Dispose(); var text = Encoding.UTF8.GetString(s.ToArray()); return text.Length + \" \" + text.Substring(text.Length - 12);",
        "13891 7,2998,2999]")]
    [InlineData("var n = JsonSerializer.SerializeToNode(new { A = 1, B = \"x\" }, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!; return n[\"a\"]!.GetValue<int>() + \" \" + n.ToJsonString() + \" \" + JsonSerializer.SerializeToNode((object)new[] { 1 }, typeof(int[]))!.ToJsonString() + \" \" + (JsonSerializer.SerializeToNode<string?>(null) is null);",
        "1 {\"A\":1,\"B\":\"x\"} [1] True")]
    [InlineData("var e = JsonSerializer.SerializeToElement(new { a = new[] { 1, 2 } }, new JsonSerializerOptions { WriteIndented = true }); var d = JsonSerializer.SerializeToDocument(new Dictionary<string, int> { [\"k\"] = 2 }); return e.GetRawText() + \"|\" + e.GetProperty(\"a\")[1].GetInt32() + \"|\" + d.RootElement.GetRawText() + \"|\" + JsonSerializer.SerializeToElement((object)\"s\", typeof(string)).ValueKind;",
        "{\n  \"a\": [\n    1,\n    2\n  ]\n}|2|{\"k\":2}|String")]
    [InlineData("JsonNode? n = new JsonArray(1, new JsonObject { [\"k\"] = \"v\" }); JsonNode? none = null; return n?.ToJsonString() + \"|\" + n?.Root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + \"|\" + n?[1]?.ToJsonString() + \"|\" + (n?.ToJsonString().Length) + \"|\" + (none?.ToJsonString() ?? \"none\") + \"|\" + n?[1]?[\"k\"]?.ToJsonString();",
        "[1,{\"k\":\"v\"}]|[\n  1,\n  {\n    \"k\": \"v\"\n  }\n]|{\"k\":\"v\"}|13|none|\"v\"")]
    [InlineData("JsonNode? n = new JsonArray(1, \"s\", new JsonObject { [\"k\"] = null, [\"q\"] = \"a\\\"b\" }); JsonArray a = n.AsArray(); return n.ToString() + \"|\" + n?.ToString() + \"|\" + a[1]!.ToString() + \"|\" + JsonValue.Create(System.Guid.Empty).ToString() + \"|\" + n?[1]?.ToString() + \"|\" + JsonNode.Parse(\"\\\"p\\\"\")!.ToString() + \"|\" + a[2]!.AsObject().ToString() + \"|\" + n?.Root.ToString().Length;",
        "[\n  1,\n  \"s\",\n  {\n    \"k\": null,\n    \"q\": \"a\\u0022b\"\n  }\n]|[\n  1,\n  \"s\",\n  {\n    \"k\": null,\n    \"q\": \"a\\u0022b\"\n  }\n]|s|\"00000000-0000-0000-0000-000000000000\"|s|p|{\n  \"k\": null,\n  \"q\": \"a\\u0022b\"\n}|58")]
    [InlineData("JsonNode n = new JsonArray(1, \"s\", new JsonObject { [\"k\"] = 2.5 }); JsonValue v = JsonValue.Create(\"t\"); JsonNode? none = null; object o = n; System.Console.Write(o); System.Console.WriteLine(v); return $\"{n}|{none}|{v,3}|\" + n + \"|\" + none + \"|\" + (v + \"!\") + $\"{o}{o}{1}\" + $\"{n:x}\";",
        "[\n  1,\n  \"s\",\n  {\n    \"k\": 2.5\n  }\n]||  t|[\n  1,\n  \"s\",\n  {\n    \"k\": 2.5\n  }\n]||t![\n  1,\n  \"s\",\n  {\n    \"k\": 2.5\n  }\n][\n  1,\n  \"s\",\n  {\n    \"k\": 2.5\n  }\n]1[\n  1,\n  \"s\",\n  {\n    \"k\": 2.5\n  }\n]")]
    [InlineData("JsonNode n = new JsonArray(1, \"s\"); System.Func<JsonSerializerOptions?, string> f = n.ToJsonString; System.Func<string> g = n.ToString; System.Converter<JsonSerializerOptions?, string> c = n.ToJsonString; n = new JsonArray(); return f(null) + \"|\" + g() + \"|\" + c(new JsonSerializerOptions { WriteIndented = true }) + \"|\" + nameof(n.ToString) + \"|\" + new[] { n }.Select(x => x.ToString()).First();",
        "[1,\"s\"]|[\n  1,\n  \"s\"\n]|[\n  1,\n  \"s\"\n]|ToString|[]")]
    public async Task Small_json_through_a_guarded_route_is_the_library_s_own_output(string body, string expected)
    {
        const string Usings = "using System.IO;\nusing System.Text;\nusing System.Text.Json;\nusing System.Text.Json.Nodes;\n";

        ScriptResult result = await Scripts.RunAsync(Usings + body, new RunOptions { Limits = Scripts.Benign });

        Assert.Equal(expected, Scripts.Value(result).GetString());
    }

    [Fact]
    public async Task A_node_written_to_the_console_as_an_object_is_its_own_text()
    {
        ScriptResult result = await Scripts.RunAsync(
            "using System.Text.Json.Nodes; object o = new JsonArray(1, new JsonObject { [\"k\"] = \"v\" }); Console.Write(o); Console.WriteLine((object)JsonValue.Create(\"t\")); return 0;",
            new RunOptions { Limits = Scripts.Benign });

        Scripts.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal("[\n  1,\n  {\n    \"k\": \"v\"\n  }\n]t\n", result.Output);
    }
}
