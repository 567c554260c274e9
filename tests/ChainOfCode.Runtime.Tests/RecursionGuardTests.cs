using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>Recursion: the depth counter ends deep recursion with <c>recursion_limit</c> instead of a stack overflow.</summary>
public sealed class RecursionGuardTests
{
    public static TheoryData<string> Cases => ContainmentCases.Names("recursion");

    /// <summary>Run in the child host: a depth guard that regresses kills the child, and this is one red test.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Deep_recursion_ends_with_recursion_limit(string name)
    {
        ChildOutcome outcome = InProcessChild.Outcome(name);

        outcome.AssertStatus(ScriptStatus.RecursionLimit);

        // The counter stops ordinary recursion at the depth limit; the stack probe stops what a raised limit or a
        // stackalloc lets through.
        ContainmentCase item = ContainmentCases.Named(name);
        Assert.StartsWith(item.MaxDepth is null && item.Policy is null ? "The script's calls nested deeper than 1000 levels." : "The script", outcome.Result!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stackalloc_in_a_loop_is_refused_by_the_gate()
    {
        ScriptResult result = await Scripts.RunAsync("var total = 0; while (true) { Span<int> chunk = stackalloc int[16]; total += chunk.Length; }");

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
        Assert.Contains(result.Diagnostics, d => d.Id == "COC0005");
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
    public async Task Lambdas_and_local_functions_count_their_depth_wherever_they_read_the_guard()
    {
        // A top-level lambda and a local function read the guard off the script object; a static lambda and a
        // class's lambda off the holder: each call counts one level on the same counter.
        ScriptResult result = await Scripts.RunAsync("""
            Func<int, int> f = null;
            f = n => n == 0 ? 0 : 1 + f(n - 1);
            int Down(int n) { int Inner(int m) => m == 0 ? 0 : 1 + Inner(m - 1); return Inner(n); }
            Func<int, int> one = static x => x;
            class Box { public Func<int, int> Twice = x => 2 * x; }
            return f(40) + Down(30) + one(1) + new Box().Twice(1);
            """);

        Assert.Equal(73, Scripts.Value(result).GetInt32());
        Assert.Equal(41, result.Usage.MaxDepth);
    }

    // Recursions F(n) that nest n + 1 levels, each a shape the guards count differently.
    private static readonly Dictionary<string, string> DepthShapes = new()
    {
        // No finally: the depth is given back at the return, and the limit still holds to the level.
        ["throw-free function"] = "int F(int n) => n == 0 ? 0 : 1 + F(n - 1); return F({0});",
        // Each MoveNext counts a level while it runs: F(n) enumerates F(n - 1) inside its own, n + 1 levels in all.
        ["nested iterators"] = "IEnumerable<int> F(int n) {{ if (n > 0) foreach (var x in F(n - 1)) yield return x; yield return n; }} return F({0}).Count() - 1;",
    };

    [Theory]
    [InlineData("throw-free function", 999, null)]
    [InlineData("throw-free function", 1000, ScriptStatus.RecursionLimit)]
    [InlineData("nested iterators", 999, null)]
    [InlineData("nested iterators", 1000, ScriptStatus.RecursionLimit)]
    public async Task A_recursion_counts_its_depth_exactly(string shape, int n, ScriptStatus? status)
    {
        ScriptResult result = await Scripts.RunAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, DepthShapes[shape], n));

        AssertDepthExact(result, n, status);
    }

    [Theory]
    [InlineData(999, null)]
    [InlineData(1000, ScriptStatus.RecursionLimit)]
    public async Task A_leaf_called_at_every_level_leaves_the_depth_exact(int n, ScriptStatus? status)
    {
        // Leaf calls nothing: it counts a step and no depth; F still counts every level to the limit.
        ScriptResult result = await Scripts.RunAsync($"int Leaf(int x) => x + 1; int F(int n) => n == 0 ? 0 : Leaf(F(n - 1)); return F({n});");

        AssertDepthExact(result, n, status);
        if (status is null)
        {
            // n + 1 entries of F, n calls of Leaf, and the checkpoint of the result's conversion.
            Assert.Equal(2 * n + 2, result.Usage.Steps);
        }
    }


    [Fact]
    public async Task An_iterator_leaves_its_level_at_each_yield()
    {
        // The consumer runs between the yields at its own depth: a thousand items taken from an iterator, each handed
        // to a recursion 999 levels deep, stay within the limit.
        ScriptResult result = await Scripts.RunAsync("int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1); IEnumerable<int> Items() { for (var i = 0; i < 1000; i++) yield return i; } var total = 0; foreach (var i in Items()) { total += Down(999) - 999 + 1; } return total;");

        Assert.Equal(1000, Scripts.Value(result).GetInt32());
        Assert.Equal(1000, result.Usage.MaxDepth);
    }

    // F(n) recurses through n nested iterators: each MoveNext calls the next one's, so the innermost runs n + 1 levels deep.
    private const string NestedIterators = "IEnumerable<int> F(int n) { if (n > 0) foreach (var x in F(n - 1)) yield return x; yield return n; } ";

    [Fact]
    public async Task A_recursion_through_an_iterator_local_function_and_a_non_generic_iterator_is_held_to_the_depth_limit()
    {
        ScriptResult result = await Scripts.RunAsync("""
            System.Collections.IEnumerable H(int n) { IEnumerator<long> L(int k) { foreach (var x in H(k)) yield return (long)(int)x; } var e = L(n - 1); if (e.MoveNext()) yield return e.Current; yield return n; }
            foreach (var x in H(5000)) return x;
            return null;
            """);

        Scripts.AssertStatus(ScriptStatus.RecursionLimit, result);
        Assert.StartsWith("The script's calls nested deeper than 1000 levels.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enumerations_broken_off_thrown_out_of_or_run_to_the_end_leave_the_depth_as_it_was()
    {
        // Broken off: disposed while suspended at a yield (the level already left); thrown out of: the finally leaves it;
        // run to the end: yield break and the body's end leave it. A level kept or given back twice by any of them, 2,000
        // times over, would end Down(999) or keep the deepest level short of 1,000.
        ScriptResult result = await Scripts.RunAsync(NestedIterators + """
            IEnumerable<int> Throws(int n) { yield return n; if (n > 0) throw new InvalidOperationException(); yield return -1; }
            IEnumerable<int> Breaks(int n) { foreach (var x in F(n)) { if (x > 2) yield break; yield return x; } }
            int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1);
            var sum = 0;
            for (var i = 0; i < 2000; i++)
            {
                foreach (var x in F(5)) { sum += x; break; }
                try { foreach (var x in Throws(1)) sum += x; } catch (InvalidOperationException) { sum++; }
                foreach (var x in Breaks(4)) sum += x;
                sum += F(3).Sum();
            }
            var depthBefore = Down(999);
            return sum * 10000L + depthBefore;
            """);

        Assert.Equal(2000L * (0 + 2 + (0 + 1 + 2) + (0 + 1 + 2 + 3)) * 10000 + 999, Scripts.Value(result).GetInt64());
        Assert.Equal(1000, result.Usage.MaxDepth);
    }

    // F(n) under the default MaxDepth of 1,000: returns n with depth 1,000 at n = 999, stops at the level after.
    internal static void AssertDepthExact(ScriptResult result, int n, ScriptStatus? status)
    {
        if (status is { } stopped)
        {
            Scripts.AssertStatus(stopped, result);
            Assert.StartsWith("The script's calls nested deeper than 1000 levels.", result.Error, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(n, Scripts.Value(result).GetInt32());
            Assert.Equal(1000, result.Usage.MaxDepth);
        }
    }

    [Fact]
    public async Task A_leaf_lambda_that_linq_calls_is_charged_one_step_a_call()
    {
        ScriptResult result = await Scripts.RunAsync("return Enumerable.Range(0, 1000).Count(x => x % 3 == 0);");

        Assert.Equal(334, Scripts.Value(result).GetInt32());
        // 1,000 calls of the lambda and the checkpoint of the result's conversion; a leaf counts no depth.
        Assert.Equal(1001, result.Usage.Steps);
        Assert.Equal(0, result.Usage.MaxDepth);
    }

    [Fact]
    public async Task Calls_that_return_and_go_deeper_again_count_every_step_and_the_deepest_depth()
    {
        // The guard keeps the depth as room below the deepest so far and the steps as those left before a full check:
        // both must come out exact whichever way the depth moves.
        ScriptResult result = await Scripts.RunAsync("int F(int n) => n == 0 ? 0 : 1 + F(n - 1); F(10); F(20); F(5); return F(30);");

        Assert.Equal(30, Scripts.Value(result).GetInt32());
        Assert.Equal(31, result.Usage.MaxDepth);
        // 11 + 21 + 6 + 31 entries, and the checkpoint of the result's conversion.
        Assert.Equal(70, result.Usage.Steps);
    }

    [Fact]
    public async Task Exceptions_caught_around_calls_leave_the_depth_as_it_was()
    {
        // Risky may throw, so it keeps its finally; a depth left behind by each caught exception would end Down(900).
        ScriptResult result = await Scripts.RunAsync("""
            int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1);
            int Risky(int d) => Down(5) + 10 / d;
            var caught = 0;
            for (var i = 0; i < 2000; i++) { try { Risky(0); } catch (DivideByZeroException) { caught++; } }
            return Down(900) + caught;
            """);

        Assert.Equal(2900, Scripts.Value(result).GetInt32());
        Assert.Equal(901, result.Usage.MaxDepth);
    }

    [Fact]
    public async Task An_async_recursion_stopped_deep_down_gives_its_thread_back()
    {
        // Stopped 50,000 levels down (on main, before ExitAwaiting, its unwinding grew with the square of the depth: minutes), the stop unwinds through every await: the run
        // ends with its status (not abandoned at its deadline) and no run's thread is left unwinding.
        var options = new RunOptions { Limits = RunLimits.Default with { MaxDepth = 50_000, MaxSteps = long.MaxValue, Timeout = TimeSpan.FromSeconds(60) } };
        ScriptResult result = await Scripts.RunAsync("async System.Threading.Tasks.Task<long> Down(long n) => await Down(n + 1) + 1;\nreturn await Down(0);", options);

        Scripts.AssertStatus(ScriptStatus.RecursionLimit, result);
        Assert.True(RunThreads.WaitUntilNoneRunning(TimeSpan.FromMinutes(2)), $"{RunThreads.Running} run(s) still running 2 minutes on");
    }

    [Fact]
    public async Task The_depth_limit_can_be_raised()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxDepth = 5000 } };
        ScriptResult result = await Scripts.RunAsync("int F(int n) => n == 0 ? 0 : 1 + F(n - 1); return F(4000);", options);

        Assert.Equal(4000, Scripts.Value(result).GetInt32());
    }
}
