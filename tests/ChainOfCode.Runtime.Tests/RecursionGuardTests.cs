namespace ChainOfCode.Runtime.Tests;

/// <summary>Recursion: the depth counter ends deep recursion with <c>recursion_limit</c> instead of a stack overflow.</summary>
public sealed class RecursionGuardTests
{
    [Theory]
    [InlineData("int F(int n) => n == 0 ? 0 : 1 + F(n - 1); return F(1_000_000);")]
    [InlineData("int F(int n) { return F(n + 1); } return F(0);")]
    [InlineData("bool Even(int n) => n == 0 || Odd(n - 1); bool Odd(int n) => n != 0 && Even(n - 1); return Even(10_000_000);")]
    [InlineData("Func<int, int> f = null; f = n => n == 0 ? 0 : 1 + f(n - 1); return f(1_000_000);")]
    [InlineData("Func<int, int> f = null; f = delegate (int n) { return f(n + 1); }; return f(0);")]
    [InlineData("class Node { public int Depth => Child.Depth + 1; public Node Child => new Node(); } return new Node().Depth;")]
    [InlineData("class R { public R() { new R(); } } new R();")]
    [InlineData("int F(int n) { try { return F(n + 1); } catch (Exception) { return F(n + 1); } } return F(0);")]
    [InlineData("record P(int X) { public override string ToString() => ToString(); } return new P(1).ToString();")]
    public async Task Deep_recursion_ends_with_recursion_limit(string code)
    {
        ScriptResult result = await Scripts.RunHostileAsync(code);

        Scripts.AssertStatus(ScriptStatus.RecursionLimit, result);
        Assert.Equal(1000, result.Usage.MaxDepth);
    }

    [Fact]
    public async Task Stackalloc_in_a_loop_is_refused_by_the_gate()
    {
        ScriptResult result = await Scripts.RunAsync("var total = 0; while (true) { Span<int> chunk = stackalloc int[16]; total += chunk.Length; }");

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
        Assert.Contains(result.Diagnostics, d => d.Id == "COC0005");
    }

    [Fact]
    public async Task Stackalloc_in_a_loop_that_a_policy_lets_through_ends_with_recursion_limit_not_a_stack_overflow()
    {
        // A generous deadline: unwinding from a nearly full stack can take a few seconds on a busy machine.
        var options = new RunOptions
        {
            Gate = GateOptions.FromPolicyText("mode: denylist\ncapability: COC0005 off\n"),
            Limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(30) },
        };
        ScriptResult result = await Scripts.RunAsync("var total = 0; while (true) { Span<int> chunk = stackalloc int[1000]; total += chunk.Length; }", options);

        Scripts.AssertStatus(ScriptStatus.RecursionLimit, result);
    }

    [Fact]
    public async Task Recursion_within_the_limit_succeeds()
    {
        ScriptResult result = await Scripts.RunAsync("int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2); return Fib(20);");

        Assert.Equal(6765, Scripts.Value(result).GetInt32());
        Assert.Equal(20, result.Usage.MaxDepth);
    }

    [Fact]
    public async Task A_recursive_sum_over_1000_items_succeeds_under_the_default_depth_limit()
    {
        ScriptResult result = await Scripts.RunAsync("var xs = Enumerable.Range(1, 1000).ToList(); long Sum(int i) => i == xs.Count - 1 ? xs[i] : xs[i] + Sum(i + 1); return Sum(0);");

        Assert.Equal(500500, Scripts.Value(result).GetInt64());
        Assert.Equal(1000, result.Usage.MaxDepth);
    }

    [Fact]
    public async Task The_depth_limit_can_be_raised()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxDepth = 5000 } };
        ScriptResult result = await Scripts.RunAsync("int F(int n) => n == 0 ? 0 : 1 + F(n - 1); return F(4000);", options);

        Assert.Equal(4000, Scripts.Value(result).GetInt32());
    }

    [Fact]
    public async Task A_huge_depth_limit_still_ends_on_the_stack_probe()
    {
        // A generous deadline: unwinding hundreds of thousands of frames takes a while on a busy machine.
        var options = new RunOptions { Limits = RunLimits.Default with { MaxDepth = int.MaxValue, MaxSteps = long.MaxValue, Timeout = TimeSpan.FromSeconds(30) } };
        ScriptResult result = await Scripts.RunAsync("long F(long n, long a, long b, long c, long d) => F(n + 1, a, b, c, d) + a + b + c + d; return F(0, 1, 2, 3, 4);", options);

        Scripts.AssertStatus(ScriptStatus.RecursionLimit, result);
    }
}
