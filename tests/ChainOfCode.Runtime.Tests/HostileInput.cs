namespace ChainOfCode.TestSupport;

/// <summary>
/// Sources that make the compiler work for a long time or recurse deeply; shared by the runtime, worker and CLI
/// tests (linked into each), so that every isolation and <c>coc check</c> meet the same attacks.
/// </summary>
internal static class HostileInput
{
    /// <summary>Where a source may be as long as the gate's size cap allows.</summary>
    public const int SizeCap = 100_000;

    /// <summary>
    /// Left-recursive shapes the parser reads in a loop but everything after it recurses on, one link repeated
    /// until the source is just under the size cap: (prefix, link, suffix).
    /// </summary>
    public static TheoryData<string, string, string> LeftRecursiveChains => new()
    {
        { "return \"a\"", ".ToString()", ";" },
        { "var s = \"\"; return s", ".Length.ToString()", ";" },
        { "var a = new object[1]; return a", "[0]", ";" },
        { "return 1", " + 1", ";" },
        { "return \"\"", " + \"a\"", ";" },
        { "return true", " && true", ";" },
        { "object o = 1; return o is 1", " or 1", ";" },
        { "var r = new { A = 1 }; return r", " with { A = 2 }", ";" },
        { "int x = 1; return x", " switch { _ => 1 }", ";" },
        { "string s = \"\"; return s", "!", ";" },
        { "return System", ".String", ".Empty;" },
        { "var xs = new List<int>(); return xs", ".Select(x => x)", ".Count();" },
        { "string s = null; return s", "?.ToString()", ";" },
        { "return ", "F(x => ", "1" },
        { "return ", "(object)", "1;" },
    };

    /// <summary>
    /// Compiles that grow exponentially with a size under every cap: nested lambdas over overloads
    /// (<see cref="ExponentialOverloads"/>), generic expansion (a generic method nested in itself, its type
    /// doubling at each level) and tuple doubling (each local a pair of the one before). Each takes the compiler
    /// minutes: run them only in processes that die with the compile they abandon (a worker, coc).
    /// </summary>
    public static TheoryData<string> SlowCompileKinds => new() { "lambdas", "generics", "tuples" };

    /// <summary>A compile of the given kind (<see cref="SlowCompileKinds"/>) that takes the compiler minutes.</summary>
    public static string SlowCompile(string kind, bool script = true) => kind switch
    {
        "lambdas" => ExponentialOverloads(11, script),
        "generics" => Wrap("return P(" + string.Concat(Enumerable.Repeat("P(", 26)) + "1" + new string(')', 27) + ".Item1.GetHashCode();", "(T, T) P<T>(T x) => (x, x);", script),
        "tuples" => Wrap("var v0 = (1, 1); " + string.Concat(Enumerable.Range(1, 26).Select(i => $"var v{i} = (v{i - 1}, v{i - 1}); ")) + "return v1.GetHashCode();", string.Empty, script),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Wrap(string body, string members, bool script) => script
        ? members + "\n" + body + "\n"
        : "static class Slow\n{\n    " + (members.Length == 0 ? string.Empty : "static " + members) + "\n    static int G() { " + body + " }\n}\n";

    /// <summary>The chain of <see cref="LeftRecursiveChains"/> as long as fits under the size cap.</summary>
    public static string Chain(string prefix, string link, string suffix) =>
        prefix + string.Concat(Enumerable.Repeat(link, (SizeCap - 1_000 - prefix.Length - suffix.Length) / link.Length)) + suffix;

    /// <summary>
    /// Nested lambdas passed to a method with four overloads: the compiler binds each lambda once per candidate
    /// of every enclosing one, so the work grows as 4^depth (depth 9: minutes).
    /// </summary>
    public static string ExponentialOverloads(int depth, bool script = true)
    {
        string body = "return " + string.Concat(Enumerable.Range(0, depth).Select(i => $"F(x{i} => "))
            + string.Join(" + ", Enumerable.Range(0, depth).Select(i => $"(int)x{i}")) + new string(')', depth) + ";";
        const string Overloads = "int F(System.Func<int, int> f) => 1; int F(System.Func<long, int> f) => 2; int F(System.Func<short, int> f) => 3; int F(System.Func<byte, int> f) => 4;";
        return script
            ? Overloads + "\n" + body + "\n"
            : "static class Slow\n{\n    static " + Overloads.Replace("; int F", "; static int F", StringComparison.Ordinal) + "\n    static int G() { " + body + " }\n}\n";
    }
}
