using Microsoft.CodeAnalysis;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Direct calls: throw-free functions that call only each other pass their depth and step credit to twins in registers
/// (<see cref="ScriptGuard.CallSlowly"/>). The depth limit, the step budget, the deadline and the delegates made of them must hold
/// exactly as through <see cref="ScriptGuard.Enter"/>.
/// </summary>
public sealed class DirectCallTests
{
    [Theory]
    // A struct's this in a readonly member (which copies it whole to call a member that is not; elsewhere this is a reference),
    // a local of a struct type, a field of one read whole: a twin's frame bound counts eight bytes a value, so these keep Enter.
    [InlineData("struct S { public long a, b, c, d, e, f, g, h; public readonly long F(long n) => G(n + 1) + a; public long G(long n) => F(n + 1) + b; }\nreturn new S().F(0);")]
    [InlineData("struct S { public long a, b, c, d, e, f, g, h; }\nS big;\nlong F(long n) { S copy = big; big = copy; return n == 0 ? 0 : F(n - 1) + n; }\nreturn F(3);")]
    [InlineData("struct S { public long a, b, c, d, e, f, g, h; }\nclass C { S big; public long F(long n) { var copy = big; return n == 0 ? 0 : F(n - 1) + n; } }\nreturn new C().F(3);")]
    [InlineData("class C { decimal D; public long F(long n) { var m = D; return n == 0 ? 0 : F(n - 1) + n; } }\nreturn new C().F(3);")]
    public void A_function_that_holds_a_struct_has_no_twin(string code)
    {
        GateResult verdict = ScriptGate.Check(code);
        Assert.True(verdict.IsAccepted);
        string text = GuardRewriter.Rewrite(verdict.Tree!, verdict.Compilation!.GetSemanticModel(verdict.Tree!), CancellationToken.None).GetText().ToString();

        Assert.DoesNotContain("__cocF", text, StringComparison.Ordinal);
        Assert.Contains(".Enter()", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_of_primitives_and_references_in_a_class_keeps_its_twin()
    {
        const string Code = "class C { public long K; public string Name = \"c\"; public long F(long n) { string s = Name; return n == 0 ? K : F(n - 1) + n; } }\nreturn new C().F(3);";
        GateResult verdict = ScriptGate.Check(Code);
        Assert.True(verdict.IsAccepted);
        string text = GuardRewriter.Rewrite(verdict.Tree!, verdict.Compilation!.GetSemanticModel(verdict.Tree!), CancellationToken.None).GetText().ToString();

        Assert.Contains("__cocF0(", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recursive_function_calls_its_twin_and_keeps_every_line()
    {
        const string Code = """
            int Fib(int n)
            {
                return n < 2
                    ? n
                    : Fib(n - 1) + Fib(n - 2);
            }
            int Twice(int x) => 2 * x;
            int Outer(int n) { int Inner(int m) => m == 0 ? 0 : Twice(Inner(m - 1)); return 1; }
            return Fib(10);
            """;
        GateResult verdict = ScriptGate.Check(Code);
        Assert.True(verdict.IsAccepted);
        string text = GuardRewriter.Rewrite(verdict.Tree!, verdict.Compilation!.GetSemanticModel(verdict.Tree!), CancellationToken.None).GetText().ToString();

        Assert.Equal(Code.Split('\n').Length, text.Split('\n').Length);
        text = text.Replace(" ", "", StringComparison.Ordinal);
        // Fib's twin calls itself twice, Inner's twin calls itself and Twice's twin (a leaf, no level: TakeFromLeaf).
        Assert.Equal(2, Count(text, "ScriptGuard.Take(__cocF0("));
        Assert.Equal(1, Count(text, "ScriptGuard.TakeFromLeaf(__cocF"));
        // One hidden parameter, the packed state (credit and depth room): no guard, no depth.
        Assert.Equal(3, Count(text, ",long__cocFc)"));
        Assert.DoesNotContain("__cocFd", text, StringComparison.Ordinal);
        Assert.DoesNotContain("__cocFg", text, StringComparison.Ordinal);
        // The entry pays in a statement of its own, then tests: the JIT subtracts in the state's register (no copy for the test).
        Assert.Equal(2, Count(text, "{__cocFc-=global::ChainOfCode.Runtime.ScriptGuard.CallStep;if(global::ChainOfCode.Runtime.ScriptGuard.Due(__cocFc))__cocFc=__cocGuard.CallSlowly(__cocFc);"));
        Assert.Equal(1, Count(text, "{--__cocFc;if(global::ChainOfCode.Runtime.ScriptGuard.Overdrawn(__cocFc))__cocFc=__cocGuard.SpendSlowly(__cocFc);"));
        Assert.DoesNotContain("Due(__cocFc-=", text, StringComparison.Ordinal);
        // A twin that no other twin calls (Fib's, Inner's) asks to be inlined: the JIT then inlines a recursive twin into itself
        // one level, as it does the plain function. Twice's twin, which Inner's calls, does not (its copies would fill Inner's frame).
        Assert.Equal(2, Count(text, "MethodImplOptions.AggressiveInlining)]"));
        Assert.Contains("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]global::ChainOfCode.Runtime.Credited<int>__cocF0(", text, StringComparison.Ordinal);
        const string LeafTwin = @"global::ChainOfCode\.Runtime\.Credited<int>__cocF\d+\(intx,long__cocFc\)\{--__cocFc;if\(global::ChainOfCode\.Runtime\.ScriptGuard\.Overdrawn";
        Assert.Matches(LeafTwin, text);
        Assert.DoesNotMatch(@"AggressiveInlining\)\]" + LeafTwin, text);
        // Fib and Inner become wrappers of their twins; the leaf keeps its checkpoint.
        Assert.Equal(2, Count(text, ".EnterChain("));
        Assert.Contains("Checkpoint();return", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(-1L, 0L)]
    [InlineData(ScriptGuard.MaxTwinCredit, 0L)]
    [InlineData(-1L, -1L)]
    [InlineData(0L, -1L)]
    [InlineData(5L, 3L)]
    [InlineData(-1L, int.MaxValue)]
    [InlineData(ScriptGuard.MaxTwinCredit, int.MaxValue)]
    [InlineData(-1L, -(long)int.MaxValue - 2)]
    [InlineData(ScriptGuard.MaxTwinCredit, -(long)int.MaxValue - 2)]
    [InlineData(ScriptGuard.MaxTwinCredit, ScriptGuard.MaxTwinRoom)]
    [InlineData(ScriptGuard.MaxTwinCredit, ScriptGuard.MaxTwinRoom + 1)]
    [InlineData(0L, ScriptGuard.MaxTwinRoom + 1)]
    public void A_twins_state_packs_its_credit_and_depth_room_exactly(long credit, long room)
    {
        long state = ScriptGuard.TwinState(room, credit);

        Assert.Equal(credit, ScriptGuard.CreditOf(state));
        Assert.Equal(room, ScriptGuard.RoomOf(state));
        Assert.Equal(credit < 0 || room < 0 || room > ScriptGuard.MaxTwinRoom, ScriptGuard.Due(state));
        Assert.Equal(credit < 0, ScriptGuard.Overdrawn(state));
    }

    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(1L, 0L)]
    [InlineData(0L, 1L)]
    [InlineData(7L, 100L)]
    [InlineData(ScriptGuard.MaxTwinCredit, 0L)]
    [InlineData(3L, ScriptGuard.MaxTwinRoom + 1)]
    [InlineData(3L, ScriptGuard.MaxTwinRoom + 2)]
    public void A_twins_entry_pays_one_step_and_one_level_and_its_return_gives_the_level_back(long credit, long room)
    {
        long entered = ScriptGuard.TwinState(room, credit) - ScriptGuard.CallStep;

        Assert.Equal(credit - 1, ScriptGuard.CreditOf(entered));
        Assert.Equal(room - 1, ScriptGuard.RoomOf(entered));
        Assert.Equal(credit == 0 || room == 0 || room - 1 > ScriptGuard.MaxTwinRoom, ScriptGuard.Due(entered));
        Assert.Equal(7, ScriptGuard.Take(new Credited<int>(7, entered), out long back));
        Assert.Equal(credit - 1, ScriptGuard.CreditOf(back));
        Assert.Equal(room, ScriptGuard.RoomOf(back));
        long spent = ScriptGuard.TwinState(room, credit) - 1;
        Assert.Equal(credit - 1, ScriptGuard.CreditOf(spent));
        Assert.Equal(room, ScriptGuard.RoomOf(spent));
        Assert.Equal(credit == 0, ScriptGuard.Overdrawn(spent));
    }

    [Theory]
    [InlineData(998, null)]
    [InlineData(999, ScriptStatus.RecursionLimit)]
    public async Task A_direct_recursion_entered_from_a_lambda_counts_the_lambdas_level(int n, ScriptStatus? status)
    {
        // The lambda takes one level through Enter; its wrapper starts F's twin at the next: the limit is hit at 1,001.
        ScriptResult result = await Scripts.RunAsync($"int F(int n) => n == 0 ? 0 : 1 + F(n - 1); Func<int, int> g = x => F(x) + 0 * x; return g({n});");

        RecursionGuardTests.AssertDepthExact(result, n, status);
    }

    [Fact]
    public async Task A_delegate_made_of_a_direct_function_is_still_guarded()
    {
        ScriptResult result = await Scripts.RunAsync("int F(int n) => n == 0 ? 0 : 1 + F(n - 1); Func<int, int> f = F; return f(1000);");

        Scripts.AssertStatus(ScriptStatus.RecursionLimit, result);
        Assert.StartsWith("The script's calls nested deeper than 1000 levels.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wide_direct_recursion_stops_at_exactly_the_step_budget()
    {
        // Fib(30) makes 2.7 million calls, never deeper than 30: only the steps, counted on the twins' credit, can stop it.
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = 1000 } };
        ScriptResult result = await Scripts.RunAsync("int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2); return Fib(30);", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Contains("step budget", result.Error);
        Assert.Equal(1000, result.Usage.Steps);
    }

    [Fact]
    public async Task Direct_calls_count_one_step_each_with_leaves_and_mutual_recursion()
    {
        // Even and Odd call each other 11 times in all (11 steps, depth 11); each of their entries also calls Leaf (11 steps, no depth).
        ScriptResult result = await Scripts.RunAsync("int Leaf(int x) => x; bool Even(int n) => Leaf(n) == 0 || Odd(n - 1); bool Odd(int n) => Leaf(n) != 0 && Even(n - 1); return Even(10);");

        Assert.True(Scripts.Value(result).GetBoolean());
        Assert.Equal(11, result.Usage.MaxDepth);
        // 22 calls and the checkpoint of the result's conversion.
        Assert.Equal(23, result.Usage.Steps);
    }

    [Fact]
    public async Task A_long_direct_recursion_meets_its_deadline()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = long.MaxValue, Timeout = TimeSpan.FromMilliseconds(200) } };
        ScriptResult result = await Scripts.RunAsync("long Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2); return Fib(60);", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Contains("deadline", result.Error);
    }

    [Theory]
    [InlineData("static int F(int n) => n == 0 ? 0 : 1 + F(n - 1); return F(50);", 50)]
    [InlineData("int Outer() { static int G(int n) => n == 0 ? 1 : 2 * G(n - 1); return G(10); } return Outer();", 1024)]
    [InlineData("int Outer(int k) { switch (k) { case 1: int G(int n) => n < 1 ? 0 : k + G(n - 1); return G(5); default: return 0; } } return Outer(1);", 5)]
    [InlineData("class C { public int Depth(int n) => n == 0 ? 0 : 1 + this.Depth(n - 1); public static long Sq(long x) => x * x; public static long S(int n) => n == 0 ? 0 : C.Sq(n) + S(n - 1); } return new C().Depth(7) + (int)C.S(3);", 21)]
    [InlineData("class O { public static long F(long a, int b) => b == 0 ? a : F(b: b - 1, a: a + b); public static long F(int a) => a; } return (int)(O.F(0L, 4) + O.F(1));", 11)]
    [InlineData("int Ack(int m, int n)\n    => m == 0\n        ? n + 1\n        : Ack(m - 1, n == 0 ? 1 : Ack(m, n - 1));\nreturn Ack(2, 3);", 9)]
    [InlineData("var bias = 3; int F(int n) { var s = 0; for (var i = 0; i < n; i++) { s += i; } return n == 0 ? bias : s + F(n - 1); } return F(4);", 13)]
    [InlineData("double H(double x, int n) => n == 0 ? x : H(x / 2, n - 1); return (int)H(1024, 10);", 1)]
    public async Task Direct_functions_of_every_shape_compile_and_return_their_value(string code, int expected)
    {
        ScriptResult result = await Scripts.RunAsync(code);

        Assert.Equal(expected, Scripts.Value(result).GetInt32());
    }

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
