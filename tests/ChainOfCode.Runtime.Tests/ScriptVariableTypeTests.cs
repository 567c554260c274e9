namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The guarded tree writes out the type of a top-level <c>var</c> (a script field) where that type has a name that
/// resolves to it for certain, and keeps <c>var</c> everywhere else; a run gives the same value either way.
/// </summary>
public sealed class ScriptVariableTypeTests
{
    [Fact]
    public void A_top_level_var_of_a_framework_type_gets_its_type_written_out()
    {
        string text = Guarded("""
            var words = "a bb ccc".Split(' ');
            var counts = new Dictionary<string, int>();
            var longest = words.OrderByDescending(w => w.Length).First();
            return longest + counts.Count;
            """);

        Assert.Contains("string[] words =", text, StringComparison.Ordinal);
        Assert.Contains("global::System.Collections.Generic.Dictionary<string, int> counts =", text, StringComparison.Ordinal);
        Assert.Contains("string longest =", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tuple_element_names_are_kept()
    {
        string text = Guarded("var x = 1; var pair = (x, name: \"a\"); return pair.name + pair.x;");

        Assert.Contains("(int x, string name) pair =", text, StringComparison.Ordinal);
        Assert.Contains("(int, int, int, int, int, int, int, int, string) big =", Guarded("var big = (1, 2, 3, 4, 5, 6, 7, 8, \"nine\"); return big.Item9;"), StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_nullable_region_the_type_is_written_and_inside_one_var_stays()
    {
        string text = Guarded("var n = (int?)1; var t = \"a\".Trim();\n#nullable enable\nvar s = \"b\".Trim();\n#nullable disable\nreturn s + t + n;");

        Assert.Contains("int? n =", text, StringComparison.Ordinal);
        Assert.Contains("string t =", text, StringComparison.Ordinal);
        Assert.Contains("var s =", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var point = new { X = 1 }; return point.X;", "point")]
    [InlineData("var items = new[] { new { X = 1 } }; return items[0].X;", "items")]
    [InlineData("var box = new Box(); return box.V; class Box { public int V = 3; }", "box")]
    [InlineData("var boxes = new List<Box>(); return boxes.Count; class Box { }", "boxes")]
    [InlineData("var f = (ref int v) => v; var n = 1; return f(ref n);", "f")]
    [InlineData("foreach (var w in new[] { 1 }) { var inner = w; } return 0;", "inner")]
    [InlineData("#nullable enable\nList<string?> Make() => new();\n#nullable disable\nvar made = Make(); return made.Count;", "made")]
    public void Var_stays_where_the_type_has_no_certain_name_or_the_variable_is_no_script_field(string code, string name)
    {
        Assert.Contains("var " + name + " =", Guarded(code), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var words = \"b a c\".Split(' '); var sorted = words.OrderBy(w => w, StringComparer.Ordinal).ToList(); return string.Join(\",\", sorted);", "\"a,b,c\"")]
    [InlineData("var x = 2; var pair = (x, name: \"n\"); return pair.name + pair.x;", "\"n2\"")]
    [InlineData("#nullable enable\nvar s = \"a\".Trim(); var n = (int?)null; var f = (int v) => v + 1; return s + (n ?? f(1));", "\"a2\"")]
    [InlineData("var point = new { X = 4 }; var e = new List<int> { 1, 2 }.GetEnumerator(); e.MoveNext(); return point.X + e.Current;", "5")]
    [InlineData("var big = (1, 2, 3, 4, 5, 6, 7, 8, \"nine\"); var groups = \"a bb cc\".Split(' ').GroupBy(w => w.Length).ToList(); return big.Item9 + big.Item8 + groups.Count;", "\"nine82\"")]
    public async Task A_script_with_written_types_returns_what_it_returned_with_var(string code, string expected)
    {
        Assert.Equal(expected, Scripts.Value(await Scripts.RunAsync(code)).GetRawText());
    }

    private static string Guarded(string code)
    {
        GateResult verdict = ScriptGate.Check(code);
        Assert.True(verdict.IsAccepted, verdict.Error);
        return GuardRewriter.Rewrite(verdict.Tree!, verdict.Model!, CancellationToken.None).GetText().ToString();
    }
}
