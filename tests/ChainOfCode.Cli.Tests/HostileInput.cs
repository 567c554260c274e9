namespace ChainOfCode.Cli.Tests;

/// <summary>Sources that make the compiler work for a long time or recurse deeply.</summary>
internal static class HostileInput
{
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
