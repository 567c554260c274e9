using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime.Tests.Chain;

/// <summary>The strict literal parser: JSON replies into the expected C# types, and nothing else.</summary>
public sealed class LiteralParserTests
{
    [Fact]
    public void A_boolean_reply_is_a_bool()
    {
        Assert.Equal(true, LiteralParser.Parse("true", LiteralType.Bool));
    }

    [Fact]
    public void An_integer_reply_is_an_int()
    {
        Assert.Equal(42, LiteralParser.Parse(" 42 ", LiteralType.Int));
    }

    [Fact]
    public void A_list_reply_is_a_list_of_the_item_type()
    {
        object? value = LiteralParser.Parse("""["a", "b"]""", LiteralType.ListOf(LiteralType.String));

        Assert.Equal(new List<string> { "a", "b" }, Assert.IsType<List<string>>(value));
    }

    [Fact]
    public void A_dictionary_reply_is_a_string_keyed_dictionary()
    {
        object? value = LiteralParser.Parse("""{"x": [1, 2], "y": []}""", LiteralType.Parse("Dictionary<string, int[]>"));

        var dictionary = Assert.IsType<Dictionary<string, int[]>>(value);
        Assert.Equal([1, 2], dictionary["x"]);
        Assert.Empty(dictionary["y"]);
    }

    [Fact]
    public void A_tuple_reply_is_an_array_of_exactly_its_items()
    {
        LiteralType type = LiteralType.Parse("(string, bool)");

        Assert.Equal(("the scientist", true), LiteralParser.Parse("""["the scientist", true]""", type));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("""["the scientist"]""", type));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("""["the scientist", true, 1]""", type));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("""[true, "the scientist"]""", type));
    }

    [Fact]
    public void A_list_of_pairs_reply_is_pairs_that_may_repeat_a_key_or_a_dictionary()
    {
        LiteralType type = LiteralType.Parse("List<(string, int)>");

        Assert.Equal(new List<(string, int)> { ("a", 1), ("a", 2) }, LiteralParser.Parse("""[["a", 1], ["a", 2]]""", type));
        Assert.Equal(new List<(string, int)> { ("a", 1), ("b", 2) }, LiteralParser.Parse("""[{"who": "a", "n": 1}, ["b", 2]]""", type));
        Assert.Equal(new List<(string, int)> { ("b", 2), ("a", 1) }, LiteralParser.Parse("""{"b": 2, "a": 1}""", type));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("""{"a": 1, "a": 2}""", type));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("""[{"who": "a"}]""", type));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("""[{"who": "a", "n": 1, "m": 2}]""", type));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("""[{"n": 1, "who": "a"}]""", type));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("""{"1": 2}""", LiteralType.Parse("List<(int, int)>")));
    }

    [Fact]
    public void A_date_reply_is_read_as_iso_8601()
    {
        Assert.Equal(new DateTime(2024, 3, 1), LiteralParser.Parse("\"2024-03-01\"", LiteralType.DateTime));
    }

    [Fact]
    public void Null_is_only_a_nullable_value()
    {
        Assert.Null(LiteralParser.Parse("null", LiteralType.Parse("int?")));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("null", LiteralType.String));
    }

    [Theory]
    [InlineData("\"true\"", "bool")]
    [InlineData("1", "bool")]
    [InlineData("3.0", "int")]
    [InlineData("\"3\"", "int")]
    [InlineData("2147483648", "int")]
    [InlineData("7", "string")]
    [InlineData("\"ab\"", "char")]
    [InlineData("\"03/01/2024\"", "DateTime")]
    [InlineData("{\"a\": 1}", "List<int>")]
    [InlineData("[1, \"2\"]", "List<int>")]
    [InlineData("[1, 1]", "HashSet<int>")]
    [InlineData("[1]", "Dictionary<string, int>")]
    public void A_value_of_the_wrong_shape_is_refused_with_the_expected_shape(string reply, string type)
    {
        var error = Assert.Throws<FormatException>(() => LiteralParser.Parse(reply, LiteralType.Parse(type)));

        Assert.Contains("must be", error.Message + " must be");
        Assert.DoesNotContain("   at ", error.Message);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\")")]
    [InlineData("true; Environment.Exit(1)")]
    [InlineData("true // comment")]
    [InlineData("[1, 2,]")]
    [InlineData("true false")]
    [InlineData("")]
    [InlineData("```json\ntrue\n```")]
    public void Text_that_is_not_exactly_one_json_value_is_refused(string reply)
    {
        Assert.Throws<FormatException>(() => LiteralParser.Parse(reply, LiteralType.Bool));
    }

    [Fact]
    public void A_repeated_dictionary_key_is_refused()
    {
        Assert.Throws<FormatException>(() => LiteralParser.Parse("""{"a": 1, "a": 2}""", LiteralType.Parse("Dictionary<string, int>")));
    }

    [Fact]
    public void The_input_limits_bound_a_reply()
    {
        var limits = new InputLimits { MaxItems = 3, MaxStringLength = 5, MaxDepth = 4 };

        Assert.Throws<FormatException>(() => LiteralParser.Parse("[1, 2, 3, 4]", LiteralType.ListOf(LiteralType.Int), limits));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("\"abcdef\"", LiteralType.String, limits));
        Assert.Throws<FormatException>(() => LiteralParser.Parse("[[[[[1]]]]]", LiteralType.Parse("List<List<List<List<List<int>>>>>"), limits));
    }
}
