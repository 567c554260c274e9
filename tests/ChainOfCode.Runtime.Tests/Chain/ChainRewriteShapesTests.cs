using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime.Tests.Chain;

/// <summary>
/// Program shapes the Chain-of-Code rewrite must keep working: every shape runs to the same answer as a
/// plain run, with statements traced and throwing statements emulated where the shape allows.
/// </summary>
public sealed class ChainRewriteShapesTests
{
    public static TheoryData<string, string> Programs => new()
    {
        { "embedded statements", "int n = 0; for (int i = 0; i < 3; i++) n += i; if (n > 2) n *= 10; else n = -1; return n;" },
        { "switch sections", "int n = 2; string s; switch (n) { case 1: s = \"one\"; break; case 2: int k = n * 2; s = \"two\" + k; break; default: s = \"?\"; break; } return s;" },
        { "labels and goto", "int n = 0; again: n++; if (n < 3) goto again; return n;" },
        { "using declarations and consts", "const int Two = 2; string first; { using var reader = new System.IO.StringReader(\"abc\"); first = reader.ReadLine(); } return first + Two;" },
        { "deconstruction", "int a = 1, b = 2; (a, b) = (b, a); var (c, d) = (a, b); return a * 10 + b + c + d;" },
        { "out var and patterns", "int total = 0; foreach (var w in new[] { \"1\", \"x\", \"3\" }) { if (int.TryParse(w, out int v)) total += v; } object o = total; return o is int t ? t : -1;" },
        { "local functions and lambdas", "int Twice(int x) { int y = x * 2; return y; } Func<int, int> inc = x => { int z = x + 1; return z; }; int r = inc(Twice(3)); return r;" },
        { "records and classes", "record Point(int X, int Y); var p = new Point(1, 2); p = p with { X = 5 }; return p.X + p.Y;" },
        { "try catch finally", "int n = 0; try { n = int.Parse(\"x\"); } catch (FormatException) { n = 7; } finally { n++; } return n;" },
        { "a final expression", "var words = new List<string> { \"b\", \"a\" };\nwords.Sort();\nstring.Join(\",\", words)" },
        { "async", "int n = await System.Threading.Tasks.Task.FromResult(4); return n + 1;" },
        { "a top-level span", "int[] arr = { 3, 1, 2 }; Span<int> s = arr; s.Sort(); int r = s[0] + s[2]; if (r > 0) r *= 2; return r;" },
        { "array initializers", "int[] a = { 3, 1, 2 }; int[,] m = { { 1, 2 }, { 3, 4 } }; int n = 0; foreach (int x in a) { int[] b = { x, x }, c = { 1 }; n += b.Sum() + c[0]; } return a.Sum() + m[1, 0] + n;" },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task A_program_shape_gives_the_same_answer_as_a_plain_run(string shape, string program)
    {
        ScriptResult plain = await Scripts.RunAsync(program);
        ChainResult chain = await Chains.RunAsync(program, new RecordingEmulator(_ => throw new InvalidOperationException("not asked")));

        Assert.True(plain.Status == ScriptStatus.Succeeded, $"{shape}: plain {plain.Status} {plain.Error}");
        Chains.AssertStatus(ScriptStatus.Succeeded, chain);
        Assert.Equal(plain.Value?.GetRawText(), chain.Value?.GetRawText());
        Assert.NotEmpty(chain.Trace);
    }

    [Fact]
    public async Task A_throwing_assignment_in_an_embedded_statement_is_emulated()
    {
        var emulator = new RecordingEmulator(_ => """{"n": 5}""");

        ChainResult result = await Chains.RunAsync("int n = 0; string s = \"five\"; if (s.Length > 0) n = int.Parse(s); return n;", emulator);

        Assert.Equal("5", result.Value?.GetRawText());
        Assert.Equal("n = int.Parse(s);", emulator.Requests.Single().Code);
    }

    [Fact]
    public async Task A_throwing_deconstruction_gets_both_variables_from_the_emulator()
    {
        var emulator = new RecordingEmulator(_ => """{"a": 3, "b": 4}""");

        ChainResult result = await Chains.RunAsync("int a = 0, b = 0; (a, b) = (int.Parse(\"three\"), int.Parse(\"four\")); return a * 10 + b;", emulator);

        Chains.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal("34", result.Value?.GetRawText());
        Assert.Equal(["a", "b"], emulator.Requests.Single().Targets.Keys.Order());
    }

    [Fact]
    public async Task A_runtime_error_keeps_the_programs_line()
    {
        ChainResult result = await Chains.RunAsync("var xs = new List<int>();\nforeach (var x in new[] { 1 }) { xs.Add(x); }\nreturn xs[5];", new RecordingEmulator(_ => "1"));

        Chains.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.Contains("(line 3)", result.Error);
    }
}
