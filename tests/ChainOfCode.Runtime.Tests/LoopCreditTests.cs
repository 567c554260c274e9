namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// A loop nest that runs no script code counts on credit, and the credit a refill grants grows while the ticker's beats
/// find refills coming fast (<c>ScriptGuard.NextCreditInterval</c>): nests inside a method, a local function and a lambda
/// still stop at exactly their step budget, at their deadline and when cancelled, and are charged their turns exactly.
/// </summary>
public sealed class LoopCreditTests
{
    /// <summary>An endless tight nest (a counted inner loop inside an endless one) in each kind of function.</summary>
    public static readonly IReadOnlyDictionary<string, string> Endless = new Dictionary<string, string>
    {
        ["method"] = "long F() { long s = 0; while (true) { for (var j = 0; j < 1_000; j++) { s += j; } } } return F();",
        ["local function"] = "long Outer() { return F(); long F() { long s = 0; while (true) { for (var j = 0; j < 1_000; j++) { s += j; } } } } return Outer();",
        ["lambda"] = "Func<long> f = () => { long s = 0; while (true) { for (var j = 0; j < 1_000; j++) { s += j; } } }; return f();",
        ["plain nest in a method"] = "long F() { long s = 0; var i = 0; while (true) { i++; var j = 0; while (j < 1_000) { s += j; j++; } } } return F();",
        ["short inner loop at the top level"] = "long s = 0; while (true) { for (var j = 0; j < 13; j++) { s += j; } }",
    };

    public static TheoryData<string> Names() => [.. Endless.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task An_endless_nest_stops_at_exactly_a_large_step_budget(string shape)
    {
        // Tens of millions of turns: long enough for the credit to grow on any machine fast enough to beat the ticker.
        const long Budget = 30_000_000;
        var options = new RunOptions { Limits = Scripts.Benign with { MaxSteps = Budget } };

        ScriptResult result = await Scripts.RunAsync(Endless[shape], options);

        Assert.Equal((ScriptStatus.Timeout, Budget, true), (result.Status, result.Usage.Steps, result.Error?.Contains("step budget")));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task An_endless_nest_meets_its_deadline(string shape)
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = long.MaxValue, Timeout = TimeSpan.FromMilliseconds(300) } };

        ScriptResult result = await Scripts.RunAsync(Endless[shape], options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Contains("deadline", result.Error);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Cancelling_the_token_stops_an_endless_nest(string shape)
    {
        await Scripts.RunAsync("1");
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new ScriptRunner(new ScriptRunnerOptions { ExecutionStarting = _ => started.TrySetResult() });
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = long.MaxValue, Timeout = TimeSpan.FromMinutes(5) } };

        Task<ScriptResult> running = runner.RunAsync(Endless[shape], options, cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        cancellation.Cancel();
        ScriptResult result = await running.WaitAsync(TimeSpan.FromMinutes(1));

        Scripts.AssertStatus(ScriptStatus.Killed, result);
        Assert.Contains("cancelled", result.Error);
    }

    [Theory]
    [InlineData("long F() { long s = 0; for (var i = 0; i < 20_000; i++) { for (var j = 0; j < 1_000; j++) { s += i ^ j; } } return s; } return F();")]
    [InlineData("long Outer() { return F(); long F() { long s = 0; for (var i = 0; i < 20_000; i++) { for (var j = 0; j < 1_000; j++) { s += i ^ j; } } return s; } } return Outer();")]
    [InlineData("Func<long> f = () => { long s = 0; for (var i = 0; i < 20_000; i++) { for (var j = 0; j < 1_000; j++) { s += i ^ j; } } return s; }; return f();")]
    public async Task A_long_nest_is_charged_its_turns_exactly(string code)
    {
        ScriptResult result = await Scripts.RunAsync(code);

        Assert.Equal(200_117_426_560L, Scripts.Value(result).GetInt64());
        // 20,000 outer and 20,000,000 inner turns, the function's entries (one or two) and the result's conversion.
        long entries = code.Contains("Outer", StringComparison.Ordinal) ? 2 : 1;
        Assert.Equal(20_020_000 + entries + 1, result.Usage.Steps);
    }

    [Fact]
    public async Task A_nest_that_pays_its_short_inner_loops_with_its_turns_is_charged_its_turns_exactly()
    {
        ScriptResult result = await Scripts.RunAsync("long s = 0; for (var i = 0; i < 20_000; i++) { for (var j = 0; j < 15; j++) { s += i ^ j; } } return s;");

        Assert.Equal(2_999_850_000L, Scripts.Value(result).GetInt64());
        // 20,000 outer and 300,000 inner turns and the result's conversion.
        Assert.Equal(320_000 + 1, result.Usage.Steps);
    }

    [Theory]
    [InlineData("for (var j = 0; j <= 14; j++) { s += i ^ j; }")]
    [InlineData("for (var j = 0; j < 30; j += 2) { s += i ^ (j / 2); }")]
    [InlineData("for (var j = 14; j >= 0; j--) { s += i ^ j; }")]
    public async Task A_nest_whose_short_inner_loop_is_not_a_counted_one_is_charged_its_turns_exactly(string inner)
    {
        ScriptResult result = await Scripts.RunAsync("long s = 0; for (var i = 0; i < 20_000; i++) { " + inner + " } return s;");

        Assert.Equal(2_999_850_000L, Scripts.Value(result).GetInt64());
        // 20,000 outer and 300,000 inner turns and the result's conversion, however the inner loop is written.
        Assert.Equal(320_000 + 1, result.Usage.Steps);
    }

    [Fact]
    public async Task After_a_long_nest_a_step_budget_still_stops_the_code_that_follows_at_exactly_its_last_step()
    {
        // The nest's refills may have grown the credit; the calls after it still stop at exactly the budget.
        const long Budget = 25_000_000;
        var options = new RunOptions { Limits = Scripts.Benign with { MaxSteps = Budget } };

        ScriptResult result = await Scripts.RunAsync("""
            long F() { long s = 0; for (var i = 0; i < 20_000; i++) { for (var j = 0; j < 1_000; j++) { s += j; } } return s; }
            int G(int x) => x + 1;
            var total = F();
            var n = 0;
            while (true) { n = G(n); }
            """, options);

        Assert.Equal((ScriptStatus.Timeout, Budget), (result.Status, result.Usage.Steps));
    }

    [Theory]
    // A beat that found many full checks since the last: scaled to about four a beat, at most the largest reserve.
    [InlineData(ScriptGuard.FullCheckInterval, 64, ScriptGuard.MaxReserve)]
    [InlineData(ScriptGuard.FullCheckInterval, 8, 2 * ScriptGuard.FullCheckInterval)]
    [InlineData(ScriptGuard.FullCheckInterval, 20, 5 * ScriptGuard.FullCheckInterval)]
    [InlineData(ScriptGuard.MaxReserve, 1_000_000_000_000L, ScriptGuard.MaxReserve)]
    [InlineData(4 * ScriptGuard.FullCheckInterval, long.MaxValue, ScriptGuard.MaxReserve)]
    // Between two and eight: unchanged.
    [InlineData(4 * ScriptGuard.FullCheckInterval, 2, 4 * ScriptGuard.FullCheckInterval)]
    [InlineData(4 * ScriptGuard.FullCheckInterval, 7, 4 * ScriptGuard.FullCheckInterval)]
    // Fewer than two (the turns are slow, or the loop is new): back to the interval of every other checkpoint.
    [InlineData(ScriptGuard.MaxReserve, 1, ScriptGuard.FullCheckInterval)]
    [InlineData(ScriptGuard.MaxReserve, 0, ScriptGuard.FullCheckInterval)]
    public void The_credit_interval_follows_the_full_checks_a_beat_found(long interval, long refills, long expected)
    {
        Assert.Equal(expected, ScriptGuard.NextCreditInterval(interval, refills));
    }
}
