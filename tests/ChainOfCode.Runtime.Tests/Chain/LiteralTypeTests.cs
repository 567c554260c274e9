using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime.Tests.Chain;

/// <summary>The types an emulated value may have, their C# spelling and their .NET type.</summary>
public sealed class LiteralTypeTests
{
    [Theory]
    [InlineData("bool")]
    [InlineData("int")]
    [InlineData("long")]
    [InlineData("double")]
    [InlineData("decimal")]
    [InlineData("string")]
    [InlineData("char")]
    [InlineData("DateTime")]
    [InlineData("List<string>")]
    [InlineData("int[]")]
    [InlineData("HashSet<int>")]
    [InlineData("Dictionary<string, List<int>>")]
    [InlineData("DateTime?")]
    [InlineData("List<int?>[]")]
    [InlineData("(int, int)")]
    [InlineData("List<(string, bool, double)>")]
    [InlineData("(int, DateTime)?")]
    public void A_spelling_round_trips(string spelling)
    {
        Assert.Equal(spelling, LiteralType.Parse(spelling).ToString());
    }

    [Theory]
    [InlineData(typeof(List<string>), "List<string>")]
    [InlineData(typeof(IEnumerable<string>), "List<string>")]
    [InlineData(typeof(IReadOnlyList<int>), "List<int>")]
    [InlineData(typeof(string[]), "string[]")]
    [InlineData(typeof(IReadOnlyDictionary<string, bool>), "Dictionary<string, bool>")]
    [InlineData(typeof(int?), "int?")]
    [InlineData(typeof((string, bool)), "(string, bool)")]
    public void A_dotnet_type_maps_to_the_shape_that_can_be_assigned_to_it(Type type, string expected)
    {
        LiteralType literal = LiteralType.FromType(type)!;

        Assert.Equal(expected, literal.ToString());
        Assert.True(type.IsAssignableFrom(literal.ClrType));
    }

    [Theory]
    [InlineData(typeof(object))]
    [InlineData(typeof(Dictionary<int, string>))]
    [InlineData(typeof(Stack<int>))]
    [InlineData(typeof(int[,]))]
    [InlineData(typeof(Func<int>))]
    public void Types_an_emulator_cannot_produce_have_no_literal_type(Type type)
    {
        Assert.Null(LiteralType.FromType(type));
    }

    [Theory]
    [InlineData("object")]
    [InlineData("Dictionary<int, string>")]
    [InlineData("List<string")]
    [InlineData("string?")]
    [InlineData("System.IO.File")]
    [InlineData("")]
    public void A_spelling_of_anything_else_is_refused(string spelling)
    {
        Assert.Throws<FormatException>(() => LiteralType.Parse(spelling));
    }

    [Fact]
    public void Nesting_is_bounded()
    {
        string deep = string.Concat(Enumerable.Repeat("List<", 20)) + "int" + new string('>', 20);

        Assert.Throws<FormatException>(() => LiteralType.Parse(deep));
    }
}
