using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Values that become text through the guard (a JSON node, a big integer, a tuple, a pair, an anonymous type, a record
/// holding one, behind <c>object</c>, an interface or a type parameter) give the same text as without it, and big
/// integer arithmetic through the guard's estimates gives the same numbers. The attacks are in the hostile corpus
/// (<c>memory--json-node-*</c>, <c>slow-calls--big-integer-*</c>).
/// </summary>
public sealed class TextGuardTests
{
    private const string Node = "System.Text.Json.Nodes.JsonNode.Parse(\"[1,{\\\"a\\\":\\\"b\\\"}]\")!";

    private static readonly JsonNode NativeNode = JsonNode.Parse("[1,{\"a\":\"b\"}]")!;

    public static TheoryData<string, string> Texts => new()
    {
        { $"object o = {Node}; return $\"{{o}}\";", $"{(object)NativeNode}" },
        { $"object o = {Node}; return $\"<{{o,3}}>\";", $"<{(object)NativeNode,3}>" },
        { $"object o = {Node}; return o.ToString();", NativeNode.ToString() },
        { $"object o = {Node}; return o?.ToString();", NativeNode.ToString() },
        { $"object o = {Node}; System.Func<string> f = o.ToString; return f();", NativeNode.ToString() },
        { $"object o = {Node}; return \"n: \" + o;", "n: " + NativeNode },
        { $"object o = {Node}; return string.Format(\"[{{0}}|{{1}}]\", o, 2);", string.Format("[{0}|{1}]", NativeNode, 2) },
        { $"var items = new object[] {{ {Node}, 1, null, \"s\" }}; return string.Join(\",\", items);", string.Join(",", new object?[] { NativeNode, 1, null, "s" }) },
        { $"var nodes = new List<System.Text.Json.Nodes.JsonNode> {{ {Node}, {Node} }}; return string.Join(\";\", nodes);", string.Join(";", new List<JsonNode> { NativeNode, NativeNode }) },
        { $"object o = {Node}; return new StringBuilder().Append(o).Append(1).ToString();", new StringBuilder().Append((object)NativeNode).Append(1).ToString() },
        { $"return Show({Node}); static string Show<T>(T value) => value!.ToString()!;", NativeNode.ToString() },
        { $"var t = (1, {Node}, \"x\", (string?)null); return t.ToString();", (1, NativeNode, "x", (string?)null).ToString() },
        { $"object t = System.Tuple.Create(1, {Node}); return $\"{{t}}\";", $"{System.Tuple.Create(1, NativeNode)}" },
        { $"var p = new KeyValuePair<string, object>(\"k\", {Node}); return p.ToString();", new KeyValuePair<string, object>("k", NativeNode).ToString() },
        { $"var a = new {{ Name = \"n\", Items = {Node}, Count = 2, Missing = (string?)null }}; return a.ToString();", new { Name = "n", Items = NativeNode, Count = 2, Missing = (string?)null }.ToString()! },
        { $"var a = new {{ Inner = new {{ N = {Node} }} }}; return \"\" + a;", "" + new { Inner = new { N = NativeNode } } },
        { $"var l = new Lazy<System.Text.Json.Nodes.JsonNode>(() => {Node}); var before = $\"{{l}}\"; _ = l.Value; return before + \"|\" + l.ToString();", $"{new Lazy<JsonNode>(() => NativeNode)}|{NativeNode}" },
        { $"return new Holder(\"n\", {Node}, 3).ToString(); record Holder(string Name, System.Text.Json.Nodes.JsonNode Items, int Count) {{ public string? Note {{ get; init; }} = \"x\"; }}", new Holder("n", NativeNode, 3).ToString() },
        { $"return new Derived(1, 2).ToString(); record Base(int A); record Derived(int A, int B) : Base(A);", new Derived(1, 2).ToString() },
        { "return new Empty().ToString(); record Empty;", new Empty().ToString() },
        { "object o = System.Numerics.BigInteger.Pow(2, 4096); return $\"{o}|{o:X4}\".Length.ToString();", $"{(object)BigInteger.Pow(2, 4096)}|{(object)BigInteger.Pow(2, 4096):X4}".Length.ToString() },
        { "var b = System.Numerics.BigInteger.Pow(10, 30) + 7; return $\"{b:N0}\";", $"{BigInteger.Pow(10, 30) + 7:N0}" },
        { "return Text(System.Numerics.BigInteger.Pow(10, 30) + 7); static string Text<T>(T value) where T : IFormattable => value.ToString(\"N0\", null);", (BigInteger.Pow(10, 30) + 7).ToString("N0", null) },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task A_value_becomes_the_same_text_through_the_guard(string code, string expected)
    {
        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign });

        Assert.Equal(expected, Scripts.Value(result).GetString());
    }

    [Fact]
    public async Task A_tuple_written_to_the_console_is_written_as_its_own_text()
    {
        ScriptResult result = await Scripts.RunAsync($"Console.WriteLine((1, {Node})); Console.Write(\"{{0}}/{{1}}\", {Node}, 2); return 0;", new RunOptions { Limits = Scripts.Benign });

        Scripts.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal((1, NativeNode) + "\n" + string.Format("{0}/{1}", NativeNode, 2), result.Output);
    }

    // Small and medium big integer programs cost microseconds per call and pass every estimate: a factorial of 1,000,
    // a Fibonacci number of 10,000, a power of two, a square, a division, a modular power, a parse, their digits.
    public static TheoryData<string, string> Numbers => new()
    {
        { "var f = System.Numerics.BigInteger.One; for (var i = 2; i <= 1000; i++) { f *= i; } return f.ToString();", Factorial(1000).ToString() },
        { "System.Numerics.BigInteger a = 0, b = 1; for (var i = 0; i < 10_000; i++) { (a, b) = (b, a + b); } return a.ToString();", Fibonacci(10_000).ToString() },
        { "return System.Numerics.BigInteger.Pow(2, 4096).ToString();", BigInteger.Pow(2, 4096).ToString() },
        { "var x = System.Numerics.BigInteger.Pow(3, 5000); return (x * x / (x - 1) % 1_000_000_007).ToString();", (BigInteger.Pow(3, 5000) * BigInteger.Pow(3, 5000) / (BigInteger.Pow(3, 5000) - 1) % 1_000_000_007).ToString() },
        { "var x = System.Numerics.BigInteger.Pow(7, 2000); x *= x; x /= 49; x %= System.Numerics.BigInteger.Pow(10, 50); return x.ToString();", (BigInteger.Pow(7, 4000) / 49 % BigInteger.Pow(10, 50)).ToString() },
        { "return System.Numerics.BigInteger.ModPow(3, System.Numerics.BigInteger.Pow(10, 40), System.Numerics.BigInteger.Pow(2, 521) - 1).ToString();", BigInteger.ModPow(3, BigInteger.Pow(10, 40), BigInteger.Pow(2, 521) - 1).ToString() },
        { "var x = System.Numerics.BigInteger.Multiply(System.Numerics.BigInteger.Pow(2, 100), 3); return System.Numerics.BigInteger.Divide(x, 6).ToString() + \"/\" + System.Numerics.BigInteger.Remainder(x, 7);", (BigInteger.Pow(2, 100) * 3 / 6).ToString() + "/" + (BigInteger.Pow(2, 100) * 3 % 7) },
        { "return (System.Numerics.BigInteger.Parse(new string('9', 3000)) + 1).ToString().Length.ToString();", "3001" },
        { "var a = new[] { System.Numerics.BigInteger.Pow(3, 500) }; var i = 0; a[i++] *= a[0]; a[^1] /= 9; a[0] %= System.Numerics.BigInteger.Pow(10, 40); a[i - 1] <<= 5; return a[0] + \"/\" + i;", (BigInteger.Pow(3, 1000) / 9 % BigInteger.Pow(10, 40) << 5) + "/1" },
        { "var h = new H { P = 10 }; h.Me().P *= 12; h.Me().P >>= 1; return h.P.ToString(); class H { public System.Numerics.BigInteger P { get; set; } public H Me() => this; }", "60" },
        { $"return Square(System.Numerics.BigInteger.Pow(7, 300)) + \"/\" + Square(12) + \"/\" + Square(0.5m); {SquareCode}", Square(BigInteger.Pow(7, 300)) + "/" + Square(12) + "/" + Square(0.5m) },
        { $"var x = System.Numerics.BigInteger.Pow(10, 60) + 7; var (q, r) = System.Numerics.BigInteger.DivRem(x, 13); var q2 = System.Numerics.BigInteger.DivRem(x, 17, out var r2); System.Func<System.Numerics.BigInteger, int, System.Numerics.BigInteger> pow = System.Numerics.BigInteger.Pow; return $\"{{q}} {{r}} {{q2}} {{r2}} {{System.Numerics.BigInteger.GreatestCommonDivisor(x * 6, 84)}} {{pow(3, 50)}} {{Halves(x, 19)}} {{Halves(100, 7)}}\"; {HalvesCode}", Divisions() },
        { $"System.Numerics.BigInteger? a = 6, n = null; System.Numerics.BigInteger b = 7; var list = new List<System.Numerics.BigInteger?> {{ 100, null }}; var i = 0; list[i++] *= b; list[i++] *= b; a *= b; a %= 5; a <<= 3; var c = (a * b, a / n, n * a, b % a, a << 2); return $\"{{list[0]}}|{{list[1]}}|{{a}}|{{c}}|{{Parse<System.Numerics.BigInteger>(\"123\")}}|{{Parse<int>(\"45\")}}|{{ParseGroup<double>(\"1e300\")}}|{{ParseGroup<System.Numerics.BigInteger>(\"-98765432109876543210\")}}\"; {ParseCode}", Lifted() },
    };

    // Generic math the guard rewrite routes through its operands (checked product, compound division and remainder,
    // shifts, DivRem, MultiplyAddEstimate): the same method in the script and here.
    private const string SquareCode = "static T Square<T>(T x) where T : System.Numerics.INumber<T> { var y = checked(x * x); y /= x; y %= x + T.One; return y * x + x / (T.One + T.One); }";

    private const string ParseCode = "static T Parse<T>(string s) where T : System.Numerics.INumberBase<T> => T.Parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture); static T ParseGroup<T>(string s) where T : System.Numerics.INumberBase<T> { System.Func<string, System.Globalization.NumberStyles, IFormatProvider?, T> parse = T.Parse; return parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture); }";

    private const string HalvesCode = "static string Halves<T>(T x, T y) where T : System.Numerics.IBinaryInteger<T> { System.Func<T, T, (T, T)> divRem = T.DivRem; var (q, r) = divRem(x, y); var s = q << 3; s >>= 1; return $\"{q} {r} {s} {T.MultiplyAddEstimate(x, y, r)}\"; }";

    [Theory]
    [MemberData(nameof(Numbers))]
    public async Task A_big_integer_program_of_ordinary_size_gives_the_same_numbers(string code, string expected)
    {
        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign });

        Assert.Equal(expected, Scripts.Value(result).GetString());
    }

    [Theory]
    [InlineData("var x = System.Numerics.BigInteger.One << 100_000; return x.ToString().Length;")]
    [InlineData("object x = System.Numerics.BigInteger.One << 100_000; return x.ToString().Length;")]
    [InlineData("var t = ((object)new string('a', 6_000), new string('b', 6_000)); return t.ToString().Length;")]
    [InlineData("var s = new string('x', 6_000); var a = new System.Text.Json.Nodes.JsonArray(); a.Add(s); a.Add(s); var t = ((1, a), 2); return t.ToString().Length;")]
    public async Task A_text_made_through_the_guard_counts_as_an_allocation_of_its_characters(string code)
    {
        // A big integer's 30,104 digits, a tuple's 12,006 characters (each member below the limit), a JSON node's text two
        // tuples deep: past 10,000 items.
        var options = new RunOptions { Limits = Scripts.Benign with { MaxItemsPerAllocation = 10_000 } };

        ScriptResult result = await Scripts.RunAsync(code, options);

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
        Assert.Contains("items is larger than the limit of 10000", result.Error);
    }

    [Fact]
    public async Task A_big_integer_product_past_the_budget_stops_before_it_is_made()
    {
        // An 8 MB number and eight products of its size in one expression, nothing between them: before, the products
        // were made and the run stopped after them, 80 MB into a 48 MB budget.
        var options = new RunOptions { Limits = Scripts.Benign with { MaxAllocatedBytes = 48_000_000 } };

        ScriptResult result = await Scripts.RunAsync("var bytes = new byte[8_000_000]; bytes[^1] = 1; var x = new System.Numerics.BigInteger(bytes); var all = (x * 3, x * 5, x * 7, x * 9, x * 11, x * 13, x * 15, x * 17); return all.Item8.IsZero;", options);

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
        Assert.InRange(result.Usage.AllocatedBytes, 0, 48_000_000);
    }

    private static string Lifted()
    {
        BigInteger? a = 6, n = null;
        BigInteger b = 7;
        var list = new List<BigInteger?> { 100, null };
        var i = 0;
        list[i++] *= b;
        list[i++] *= b;
        a *= b;
        a %= 5;
        a <<= 3;
        var c = (a * b, a / n, n * a, b % a, a << 2);
        return $"{list[0]}|{list[1]}|{a}|{c}|{Parse<BigInteger>("123")}|{Parse<int>("45")}|{ParseGroup<double>("1e300")}|{ParseGroup<BigInteger>("-98765432109876543210")}";
    }

    private static T Parse<T>(string s)
        where T : INumberBase<T> => T.Parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private static T ParseGroup<T>(string s)
        where T : INumberBase<T>
    {
        Func<string, System.Globalization.NumberStyles, IFormatProvider?, T> parse = T.Parse;
        return parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Divisions()
    {
        BigInteger x = BigInteger.Pow(10, 60) + 7;
        var (q, r) = BigInteger.DivRem(x, 13);
        BigInteger q2 = BigInteger.DivRem(x, 17, out BigInteger r2);
        return $"{q} {r} {q2} {r2} {BigInteger.GreatestCommonDivisor(x * 6, 84)} {BigInteger.Pow(3, 50)} {Halves(x, 19)} {Halves(100, 7)}";
    }

    private static T Square<T>(T x)
        where T : INumber<T>
    {
        var y = checked(x * x);
        y /= x;
        y %= x + T.One;
        return (y * x) + (x / (T.One + T.One));
    }

    private static string Halves<T>(T x, T y)
        where T : IBinaryInteger<T>
    {
        Func<T, T, (T, T)> divRem = T.DivRem;
        var (q, r) = divRem(x, y);
        var s = q << 3;
        s >>= 1;
        return $"{q} {r} {s} {T.MultiplyAddEstimate(x, y, r)}";
    }

    private static BigInteger Factorial(int n)
    {
        BigInteger f = BigInteger.One;
        for (int i = 2; i <= n; i++)
        {
            f *= i;
        }

        return f;
    }

    private static BigInteger Fibonacci(int n)
    {
        BigInteger a = 0, b = 1;
        for (int i = 0; i < n; i++)
        {
            (a, b) = (b, a + b);
        }

        return a;
    }

    private sealed record Holder(string Name, JsonNode Items, int Count)
    {
        public string? Note { get; init; } = "x";
    }

    private record Base(int A);

    private sealed record Derived(int A, int B) : Base(A);

    private sealed record Empty;
}
