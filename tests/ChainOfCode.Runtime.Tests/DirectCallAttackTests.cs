using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Hostile shapes against direct calls (<see cref="ScriptGuard.CallSlowly"/>): the step budget, the depth limit, a cancellation,
/// the reserved names and the errors must hold through twins, wrappers and the functions around them exactly as
/// through <see cref="ScriptGuard.Enter"/>. The deep recursions under a raised depth limit are containment cases
/// (<c>direct-*</c>, run in process in a child host: a stack overflow kills the child, not this test host).
/// </summary>
public sealed class DirectCallAttackTests
{
    public static TheoryData<string> Budgeted => new()
    {
        // Wide: 21,891 calls, many credit refills.
        "int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2); return Fib(20);",
        // A loop in a recursive function, and a loop in a leaf that a recursive function calls: a loop's credit and a
        // twin's would both be charged to the run, and the loop's refill would stop the run before its budget.
        "int F(int n) { var s = 0; for (var i = 0; i < n; i++) { s += i; } return n == 0 ? s : F(n - 1) + s; } return F(50);",
        "int L(int x) { var s = 0; while (s < x) { s++; } return s; } int F(int n) => n == 0 ? 0 : L(3) + F(n - 1); return F(50);",
        // A guarded recursion (it calls a library method) entering twins from every level: their credit settles in between.
        "int F(int n) => n == 0 ? 0 : 1 + F(n - 1); int G(int n) => n == 0 ? F(20) : Math.Abs(G(n - 1)) + F(3); return G(300);",
        // Mutual recursion, a leaf, and a sum that calls both.
        "bool E(int n) => n == 0 || O(n - 1); bool O(int n) => n != 0 && E(n - 1); int L(int x) => x; long S(int n) => n == 0 ? 0 : L(n) + S(n - 1) + (E(n) ? 1 : 0); return (int)S(40);",
    };

    [Theory]
    [MemberData(nameof(Budgeted))]
    public async Task A_script_with_direct_calls_succeeds_under_a_budget_of_exactly_its_steps(string code)
    {
        ScriptResult unbounded = await Scripts.RunAsync(code);
        long steps = unbounded.Usage.Steps;

        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign with { MaxSteps = steps } });

        Assert.Equal(Scripts.Value(unbounded).GetInt32(), Scripts.Value(result).GetInt32());
        Assert.Equal(steps, result.Usage.Steps);
    }

    [Theory]
    [MemberData(nameof(Budgeted))]
    public async Task A_script_with_direct_calls_stops_one_step_short_of_its_steps(string code)
    {
        long steps = (await Scripts.RunAsync(code)).Usage.Steps;

        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign with { MaxSteps = steps - 1 } });

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Contains("step budget", result.Error);
    }

    [Theory]
    // G recurses through Enter (it calls a library method), then enters F's twins at its own depth plus one; F(990) first
    // moves the deepest depth, so G's levels count on the room below it. G(0) is at n + 1, F(0) at n + k + 2.
    [InlineData(500, 498, null)]
    [InlineData(500, 499, ScriptStatus.RecursionLimit)]
    [InlineData(997, 1, null)]
    [InlineData(997, 2, ScriptStatus.RecursionLimit)]
    public async Task Depth_counts_exactly_across_guarded_functions_and_twins(int n, int k, ScriptStatus? status)
    {
        ScriptResult result = await Scripts.RunAsync($"int F(int n) => n == 0 ? 0 : 1 + F(n - 1); int G(int n) => n == 0 ? F({k}) : Math.Abs(G(n - 1)); return F(990) + G({n});");

        if (status is { } stopped)
        {
            Scripts.AssertStatus(stopped, result);
            Assert.StartsWith("The script's calls nested deeper than 1000 levels.", result.Error, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(990 + k, Scripts.Value(result).GetInt32());
            Assert.Equal(1000, result.Usage.MaxDepth);
        }
    }

    [Fact]
    public async Task A_long_direct_recursion_is_cancelled()
    {
        await Scripts.RunAsync("1");
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new ScriptRunner(new ScriptRunnerOptions { ExecutionStarting = _ => started.TrySetResult() });
        var endless = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMinutes(2), MaxSteps = long.MaxValue } };

        Task<ScriptResult> running = runner.RunAsync("long F(long n) => n < 2 ? n : F(n - 1) + F(n - 2); return F(90);", endless, cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        cancellation.Cancel();
        ScriptResult result = await running.WaitAsync(TimeSpan.FromMinutes(1));

        Scripts.AssertStatus(ScriptStatus.Killed, result);
        Assert.Contains("cancelled", result.Error);
    }

    public static TheoryData<string, int> Shapes => new()
    {
        { "struct S { public int X; public int F(int n) => n == 0 ? X : F(n - 1) + 1; } var s = new S { X = 5 }; return s.F(10);", 15 },
        { "class B<T> { public int F(int n) => n == 0 ? 0 : F(n - 1) + 1; public static int G(int n) => n == 0 ? 0 : B<T>.G(n - 1) + 2; } return new B<string>().F(10) + B<int>.G(3);", 16 },
        { "class O { public static int F(int n) => n == 0 ? 0 : F(n - 1) + 1; public static long F(long n) => n == 0 ? 0 : F(n - 1) + 2; } return O.F(10) + (int)O.F(10L);", 30 },
        { "class A { public int F(int n) => n; } class C : A { public new int F(int n) => n == 0 ? 0 : F(n - 1) + base.F(1); } return new C().F(10);", 10 },
        { "record R(int A) { int a = A; public int F(int n) => n <= 0 ? a : F(n - 1) + 1; } return new R(3).F(4);", 7 },
        { "class C { int x; public int F(int n) { x++; return n == 0 ? x : F(n - 1); } } return new C().F(10);", 11 },
        { "int x = 0; int F(int n) => n <= 0 ? x : F(n - 1) + 1; x = 7; return F(5);", 12 },
        { "var k = 2; for (var j = 0; j < 3; j++) { int F(int n) => n == 0 ? k : F(n - 1) + 1; k = F(j); } return k;", 5 },
        { "Func<int> f = () => { int F(int n) => n == 0 ? 0 : F(n - 1) + 1; return F(10); }; return f();", 10 },
        { "try { int F(int n) => n == 0 ? 0 : F(n - 1) + 1; return F(10); } catch (Exception) { return -1; }", 10 },
        { "int F(int n) => n <= 0 ? 0 : F(n - 1) + 1; Func<int, int> g = F; return g(5) + F(F(F(2))) + nameof(F).Length;", 8 },
        { "class Credited<T> { } class ScriptGuard { } int F(int n) => n == 0 ? 0 : F(n - 1) + 1; return F(3);", 3 },
        { "uint F(uint n) => n == 0u ? 0u : F(n - 1u) / 2u + n % 7u; return (int)F(20u);", 10 },
        { "var a = 0; { int F(int n) => n == 0 ? 1 : F(n - 1) + 1; a += F(2); } { int F(int n) => n == 0 ? 10 : F(n - 1) + 10; a += F(2); } return a;", 33 },
        { "struct S { public int X; public int F(int n) { X++; return n == 0 ? X : F(n - 1); } } var s = new S(); var r = s.F(3); return r * 10 + s.X;", 44 },
        { "class C { public int P { get { int F(int n) => n == 0 ? 0 : F(n - 1) + 1; return F(5); } } } return new C().P;", 5 },
        { "class C { public int V; public C(int k) { int F(int n) => n == 0 ? k : F(n - 1) + 1; V = F(5); } } return new C(2).V;", 7 },
        { "class C { public int V; public static C operator +(C a, int k) { int F(int n) => n == 0 ? k : F(n - 1) + 1; return new C { V = F(3) }; } public int this[int i] { get { int G(int n) => n == 0 ? i : G(n - 1) + 1; return G(2); } } } var c = new C() + 1; return c.V + c[4];", 10 },
        { "IEnumerable<int> It() { int F(int n) => n == 0 ? 0 : F(n - 1) + 1; yield return F(5); yield return F(6); } return It().Sum();", 11 },
        { "async System.Threading.Tasks.Task<int> M() { int F(int n) => n == 0 ? 0 : F(n - 1) + 1; await System.Threading.Tasks.Task.Yield(); return F(5); } return await M();", 5 },
        { "int Outer(int k) { int F(int n) => n == 0 ? k : F(n - 1) + 1; int G(int n) => n == 0 ? F(k) : G(n - 1) + F(1); return G(3); } return Outer(2);", 13 },
        { "double F(double x, int n) => n == 0 ? x : F(x * 1.5, n - 1); float G(float x, int n) => n == 0 ? x : G(x + 0.5f, n - 1); char C(char c, int n) => n == 0 ? c : C((char)(c + 1), n - 1); return (int)F(2, 2) + (int)G(1, 4) + (C('a', 2) == 'c' ? 1 : 0);", 8 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Direct_functions_of_hostile_shapes_return_their_value(string code, int expected)
    {
        ScriptResult result = await Scripts.RunAsync(code);

        Assert.Equal(expected, Scripts.Value(result).GetInt32());
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Direct_functions_of_hostile_shapes_go_through_their_twins(string code, int expected)
    {
        _ = expected;
        GateResult verdict = ScriptGate.Check(code);
        Assert.True(verdict.IsAccepted);

        string text = GuardRewriter.Rewrite(verdict.Tree!, verdict.Compilation!.GetSemanticModel(verdict.Tree!), CancellationToken.None).GetText().ToString();

        Assert.Contains(".EnterChain(", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("int __cocF0(int n) => n; int F(int n) => n == 0 ? 0 : F(n - 1) + 1; return F(3) + __cocF0(1);")]
    [InlineData("int F(int n, int @__cocFc) => n == 0 ? 0 : F(n - 1, __cocFc) + 1; return F(3, 0);")]
    [InlineData("int F(int n) { var \\u005F_cocFd = n; return n == 0 ? 0 : F(n - 1) + 1; } return F(3);")]
    public async Task A_script_that_names_a_twin_or_its_hidden_parameters_is_refused(string code)
    {
        ScriptResult result = await Scripts.RunAsync(code);

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
        Assert.Contains(result.Diagnostics, d => d.Id == ScriptGate.ReservedId);
    }

    [Theory]
    // What may throw is no twin: its error keeps its line, after twins ran and with a twin's call in it.
    [InlineData("int F(int n) => n == 0 ? 0 : F(n - 1) + 1;\nvar q = F(3);\nvar z = 0;\nreturn F(q) / z;", "DivideByZeroException", 4)]
    [InlineData("int F(int n) => n == 0 ? 0 : F(n - 1) + 1;\nint D(int n, int d) => n == 0 ? F(2) / d : D(n - 1, d);\nreturn D(5, 0);", "DivideByZeroException", 2)]
    [InlineData("int F(int n) => n == 0 ? 0 : F(n - 1) + 1;\nfor (var i = 0; i < 1; i++) { int G(int n) => n == 0 ? 0 : G(n - 1) + 1; G(2); }\nvar z = 0;\nreturn 1 / z;", "DivideByZeroException", 4)]
    // A directive inside a function stays where it was: "#line 100" makes line 7 line 103 (a twin is a copy without trivia).
    [InlineData("int F(int n)\n{\n#line 100\n    return n == 0 ? 0 : F(n - 1) + 1;\n}\nvar z = F(2) - 2;\nreturn 1 / z;", "DivideByZeroException", 103)]
    [InlineData("class C\n{\n    public static int F(int n) // the count\n        => n == 0 ? 0 : F(n - 1) + 1; /* a comment\n spanning lines */\n}\nvar z = C.F(2) - 2;\nreturn 1 / z;", "DivideByZeroException", 8)]
    public async Task An_error_after_direct_calls_keeps_its_line(string code, string exception, int line)
    {
        ScriptResult result = await Scripts.RunAsync(code);

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.StartsWith(exception, result.Error, StringComparison.Ordinal);
        Assert.Contains($"(line {line})", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    // The host reads the message of the script's exception under a budget of its own: twins count against it too.
    [InlineData(5, "m5")]
    [InlineData(100_000_000, "could not be read")]
    public async Task A_message_the_host_reads_through_twins_is_bounded(int n, string part)
    {
        ScriptResult result = await Scripts.RunAsync($"static int F(int n) => n == 0 ? 0 : 1 + F(n - 1); class E : Exception {{ public override string Message => \"m\" + F({n}); }} throw new E();");

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.Contains(part, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_stopped_inside_twins_leaves_the_next_run_its_own_steps()
    {
        const string Small = "int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2); return Fib(15);";
        long before = (await Scripts.RunAsync(Small)).Usage.Steps;
        ScriptResult stopped = await Scripts.RunAsync("int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2); return Fib(30);", new RunOptions { Limits = Scripts.Benign with { MaxSteps = 5000 } });
        Scripts.AssertStatus(ScriptStatus.Timeout, stopped);

        ScriptResult after = await Scripts.RunAsync(Small, new RunOptions { Limits = Scripts.Benign with { MaxSteps = before } });

        Assert.Equal(610, Scripts.Value(after).GetInt32());
        Assert.Equal(before, after.Usage.Steps);
    }

    [Fact]
    public void A_chain_enters_with_the_bound_of_the_scripts_biggest_twin_frame()
    {
        // The guard probes a chain's stack only once its frames, each at most this bound, could near the probed floor: the
        // bound must grow with what a twin holds (its locals, its temporaries), and a chain may call any twin of the script.
        int small = FrameBound("long F(long n) => n == 0 ? 0 : F(n - 1) + 1; return F(3);");
        int big = FrameBound(ContainmentCases.Named("direct-recursion-with-many-locals-under-a-huge-depth-limit").Code);
        int mixed = FrameBound(ContainmentCases.Named("direct-recursion-with-many-locals-under-a-huge-depth-limit").Code.Replace("return F(0);", "long G(long n) => n == 0 ? 0 : G(n - 1) + 1; return G(3) + F(0);", StringComparison.Ordinal));

        Assert.True(small >= 256, $"{small}");
        Assert.True(big >= small + (24 * 8 * 2), $"{small} {big}");
        Assert.Equal(big, mixed);
    }

    [Fact]
    public void A_twin_inlined_into_itself_counts_its_copies_in_the_frame_bound()
    {
        // A twin that only itself calls asks to be inlined: its frame may then hold one copy of it for each of its own call
        // sites as well as its own, over two levels. The bound per level grows with the call sites, not only with the text.
        int two = FrameBound("long F(long n) => n < 2 ? n : F(n - 1) + F(n - 2); return F(3);");
        int four = FrameBound("long F(long n) => n < 2 ? n : F(n - 1) + F(n - 2) + F(n - 1) + F(n - 2); return F(3);");
        int nodesTwo = Nodes("long F(long n) => n < 2 ? n : F(n - 1) + F(n - 2);");
        int nodesFour = Nodes("long F(long n) => n < 2 ? n : F(n - 1) + F(n - 2) + F(n - 1) + F(n - 2);");

        Assert.True(two >= 192 + (16 * nodesTwo * 3 / 2), $"{two} {nodesTwo}");
        Assert.True(four >= 192 + (16 * nodesFour * 5 / 2), $"{four} {nodesFour}");
    }

    private static int Nodes(string declaration) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseStatement(declaration).DescendantNodesAndSelf().Count();

    private static int FrameBound(string code)
    {
        GateResult verdict = ScriptGate.Check(code);
        Assert.True(verdict.IsAccepted);
        string text = GuardRewriter.Rewrite(verdict.Tree!, verdict.Compilation!.GetSemanticModel(verdict.Tree!), CancellationToken.None).GetText().ToString();
        System.Text.RegularExpressions.MatchCollection bounds = System.Text.RegularExpressions.Regex.Matches(text, @"\.EnterChain\((\d+)\)");
        Assert.NotEmpty(bounds);
        Assert.Single(bounds.Select(m => m.Groups[1].Value).Distinct());
        return int.Parse(bounds[0].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
