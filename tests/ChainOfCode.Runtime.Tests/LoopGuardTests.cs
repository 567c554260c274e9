using System.Diagnostics;
namespace ChainOfCode.Runtime.Tests;

/// <summary>Time and steps: every kind of infinite loop ends with <c>timeout</c>, and a script cannot swallow the stop.</summary>
public sealed class LoopGuardTests
{
    [Theory]
    [InlineData("while (true) { }")]
    [InlineData("while (true) ;")]
    [InlineData("for (;;) { }")]
    [InlineData("do { } while (true);")]
    [InlineData("var i = 0; start: i++; goto start;")]
    [InlineData("var i = 0; start: int j = i++; goto start;")]
    [InlineData("start: static int G() => 1; goto start;")]
    [InlineData("void F() { start: int j = 0; goto start; } F();")]
    [InlineData("void F() { start: a: static int G() => 1; goto a; } F();")]
    [InlineData("var x = 0; switch (x) { case 0: again: var y = x; goto again; }")]
    [InlineData("IEnumerable<int> Forever() { while (true) yield return 1; } foreach (var x in Forever()) { }")]
    [InlineData("var x = 0; switch (x) { case 0: goto case 1; case 1: goto case 0; }")]
    [InlineData("var x = 0; switch (x) { case 0: goto default; default: goto case 0; }")]
    [InlineData("while (true) { try { throw new Exception(); } catch { } }")]
    [InlineData("while (true) { try { throw new Exception(); } catch (Exception) { } }")]
    [InlineData("while (true) { try { throw new Exception(); } catch (Exception e) when (e != null) { } }")]
    [InlineData("while (true) { try { while (true) { } } catch (Exception) { } }")]
    [InlineData("try { while (true) { } } finally { while (true) { } }")]
    [InlineData("try { } finally { for (;;) { } }")]
    [InlineData("void Spin() { while (true) { } } try { Spin(); } catch { Spin(); }")]
    [InlineData("var n = Enumerable.Repeat(1, 1000).Select(x => { while (true) { } return x; }).Count();")]
    [InlineData("Action a = null; a = () => { while (true) { } }; a();")]
    [InlineData("async System.Threading.Tasks.Task Loop() { while (true) { await System.Threading.Tasks.Task.Yield(); } } await Loop();")]
    [InlineData("class Spinner { public int Value { get { while (true) { } } } } var v = new Spinner().Value;")]
    [InlineData("while (true) { try { try { while (true) { } } finally { } } catch when (true) { } }")]
    public async Task An_infinite_loop_ends_with_timeout(string code)
    {
        // A step budget small enough that loops throwing an exception per turn end on steps, not on the allocation budget.
        var options = Scripts.Hostile with { Limits = Scripts.Hostile.Limits with { MaxSteps = 100_000 } };
        ScriptResult result = await Scripts.RunAsync(code, options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.NotNull(result.Error);
        Assert.True(result.Usage.Steps > 0);
    }

    [Fact]
    public async Task The_step_budget_is_deterministic()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = 1000 } };
        ScriptResult result = await Scripts.RunAsync("var n = 0; while (true) { n++; }", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Contains("step budget", result.Error);
        Assert.Equal(1000, result.Usage.Steps);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public async Task A_negative_step_budget_reports_no_steps_passed(long budget)
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = budget } };
        ScriptResult looping = await Scripts.RunAsync("var n = 0; while (true) { n++; }", options);
        ScriptResult straight = await Scripts.RunAsync("var n = 1;", options);

        // A loop stops at its first checkpoint, having passed none; a script without checkpoints succeeds.
        Assert.Equal((ScriptStatus.Timeout, 0L), (looping.Status, looping.Usage.Steps));
        Assert.Equal((ScriptStatus.Succeeded, 0L), (straight.Status, straight.Usage.Steps));
    }

    [Fact]
    public async Task An_endless_inner_loop_stops_at_exactly_the_step_budget()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = 1000 } };
        ScriptResult result = await Scripts.RunAsync("var n = 0; while (true) { for (var i = 0; i < 7; i++) { } while (true) { n++; } }", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Equal(1000, result.Usage.Steps);
    }

    [Fact]
    public async Task Loops_left_by_an_exception_are_charged_their_turns_exactly()
    {
        ScriptResult result = await Scripts.RunAsync("""
            void F() { for (var i = 0; i < 10; i++) { if (i == 3) throw new InvalidOperationException(); } }
            var caught = 0;
            try { F(); } catch (InvalidOperationException) { caught++; }
            try { F(); } catch (InvalidOperationException) { caught++; }
            return caught;
            """);

        Assert.Equal(2, Scripts.Value(result).GetInt32());
        // Per call: its entry and 4 turns; and the checkpoint of the result's conversion.
        Assert.Equal(11, result.Usage.Steps);
    }

    [Fact]
    public async Task Loops_that_end_are_charged_their_turns_exactly()
    {
        // Loops count on credit charged ahead; what a loop did not spend is given back when it ends.
        ScriptResult result = await Scripts.RunAsync("var n = 0; for (var i = 0; i < 10; i++) { for (var j = 0; j < 7; j++) { n++; } } return n;");

        Assert.Equal(70, Scripts.Value(result).GetInt32());
        // 10 + 70 turns, and the checkpoint of the result's conversion.
        Assert.Equal(81, result.Usage.Steps);
    }

    [Fact]
    public async Task Counted_loops_that_pay_their_turns_at_once_are_charged_them_exactly()
    {
        // The inner loops know their turns when they start (4, 3, 2, 1, 0; none for k) and pay them at once.
        ScriptResult result = await Scripts.RunAsync("""
            long F(int m) { long s = 0; for (var i = 0; i < 5; i++) { for (var j = i; j < m; j++) { s += j; } for (var k = 3; k < 1; k++) { s++; } } return s; }
            return F(4);
            """);

        Assert.Equal(20, Scripts.Value(result).GetInt64());
        // F's entry, 5 + 10 turns, and the checkpoint of the result's conversion.
        Assert.Equal(17, result.Usage.Steps);
    }

    [Fact]
    public async Task Counted_loops_stop_at_exactly_the_step_budget()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = 1000 } };
        ScriptResult result = await Scripts.RunAsync("var n = 0L; while (true) { for (var j = 0; j < 300; j++) { n += j; } }", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Equal(1000, result.Usage.Steps);
    }

    [Theory]
    [InlineData(long.MaxValue, null)]
    [InlineData(30_000, ScriptStatus.Timeout)]
    public async Task A_counted_loop_pays_in_chunks_and_stops_at_exactly_the_step_budget(long budget, ScriptStatus? status)
    {
        // 40,000 turns: three chunks of at most 16,384; a budget of 30,000 ends in the second chunk's stretch, counted turn by turn.
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = budget } };
        ScriptResult result = await Scripts.RunAsync("long n = 0; for (var i = 0; i < 40_000; i++) { n += i; } return n;", options);

        if (status is { } stopped)
        {
            Scripts.AssertStatus(stopped, result);
            Assert.Equal(30_000, result.Usage.Steps);
        }
        else
        {
            Assert.Equal(799_980_000, Scripts.Value(result).GetInt64());
            Assert.Equal(40_001, result.Usage.Steps);
        }
    }

    [Fact]
    public async Task A_counted_loop_of_more_turns_than_one_reserve_still_meets_its_deadline()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = long.MaxValue, Timeout = TimeSpan.FromMilliseconds(200) } };
        ScriptResult result = await Scripts.RunAsync("long n = 0; for (long i = 0; i < 1_000_000_000_000L; i++) { n += i; } return n;", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Contains("deadline", result.Error);
    }

    [Fact]
    public async Task A_plain_loop_left_by_break_is_charged_its_turns_exactly()
    {
        // A plain loop settles after itself, not in a finally: a break must reach that settle.
        ScriptResult result = await Scripts.RunAsync("var n = 0; for (var i = 0; ; i++) { if (i == 5) break; n++; } return n;");

        Assert.Equal(5, Scripts.Value(result).GetInt32());
        // 6 turns (the sixth breaks), and the checkpoint of the result's conversion.
        Assert.Equal(7, result.Usage.Steps);
    }

    [Fact]
    public async Task A_bounded_loop_left_by_an_index_exception_is_charged_its_turns_exactly()
    {
        ScriptResult result = await Scripts.RunAsync("""
            var a = new int[3];
            var caught = 0;
            try { for (var i = 0; ; i++) { a[i] = i; } } catch (IndexOutOfRangeException) { caught++; }
            return caught;
            """);

        Assert.Equal(1, Scripts.Value(result).GetInt32());
        // 4 turns (the fourth throws), and the checkpoint of the result's conversion.
        Assert.Equal(5, result.Usage.Steps);
    }

    [Fact]
    public async Task A_plain_loop_left_by_an_index_from_end_exception_is_charged_its_turns_exactly()
    {
        // ^i throws for a negative i: the loop is not plain (it needs its finally to give back its credit).
        ScriptResult result = await Scripts.RunAsync("""
            var caught = 0;
            try { for (var i = 3; ; i--) { var x = ^i; } } catch (ArgumentOutOfRangeException) { caught++; }
            return caught;
            """);

        // 5 turns (the fifth throws), and the checkpoint of the result's conversion.
        Assert.Equal((1, 6L), (Scripts.Value(result).GetInt32(), result.Usage.Steps));
    }

    [Theory]
    [InlineData("r = 7 % d;")]
    [InlineData("r = 7 / d;")]
    public async Task A_loop_left_by_an_integer_division_by_zero_is_charged_its_turns_exactly(string step)
    {
        // A divisor that is not a constant may be 0: the loop is not plain (it needs its finally to give back its credit).
        ScriptResult result = await Scripts.RunAsync(
            "var caught = 0; var d = 3; var r = 0; try { for (var i = 0; ; i++) { " + step + " d--; } } catch (DivideByZeroException) { caught++; } return caught;");

        // 4 turns (the fourth divides by 0), and the checkpoint of the result's conversion.
        Assert.Equal((1, 5L), (Scripts.Value(result).GetInt32(), result.Usage.Steps));
    }

    [Fact]
    public async Task A_plain_loop_left_by_a_null_ref_field_is_charged_its_turns_exactly()
    {
        // A ref field may be a null ref: reading it throws, so the loop is not plain (its finally gives back its credit).
        ScriptResult result = await Scripts.RunAsync("""
            ref struct R { public ref int X; public int Sum() { var s = 0; for (var i = 0; ; i++) { s += X; } } }
            var caught = 0;
            try { new R().Sum(); } catch (NullReferenceException) { caught++; }
            return caught;
            """);

        // Sum's entry, 1 turn (it throws), and the checkpoint of the result's conversion.
        Assert.Equal((1, 3L), (Scripts.Value(result).GetInt32(), result.Usage.Steps));
    }

    [Fact]
    public async Task A_plain_loop_left_by_a_null_ref_parameter_is_charged_its_turns_exactly()
    {
        // A ref parameter may alias a ref field that is a null ref: reading it throws.
        ScriptResult result = await Scripts.RunAsync("""
            ref struct R { public ref int X; }
            int Sum(ref int p) { var s = 0; for (var i = 0; ; i++) { s += p; } }
            var caught = 0;
            try { var r = new R(); Sum(ref r.X); } catch (NullReferenceException) { caught++; }
            return caught;
            """);

        // Sum's entry, 1 turn (it throws), and the checkpoint of the result's conversion.
        Assert.Equal((1, 3L), (Scripts.Value(result).GetInt32(), result.Usage.Steps));
    }

    [Fact]
    public async Task A_wall_clock_deadline_ends_a_loop_under_a_large_step_budget()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMilliseconds(300), MaxSteps = long.MaxValue } };
        ScriptResult result = await Scripts.RunAsync("while (true) { }", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Contains("deadline", result.Error);
    }

    [Fact]
    public async Task A_script_stuck_in_a_long_library_call_still_ends_with_timeout()
    {
        var options = new RunOptions
        {
            Limits = RunLimits.Default with { Timeout = TimeSpan.FromMilliseconds(10), AbandonGrace = TimeSpan.FromMilliseconds(10) },
        };
        ScriptResult result = await Scripts.RunAsync("""
            var a = Enumerable.Range(0, 10_000_000).Reverse().ToArray();
            for (var k = 0; k < 1000; k++) { Array.Reverse(a); Array.Sort(a); }
            return a[0];
            """, options).WaitAsync(TimeSpan.FromMinutes(1));

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
    }

    [Theory]
    [InlineData(-1, ScriptStatus.Timeout)] // the watchdog's kill of a run it abandons past its deadline
    [InlineData(60, ScriptStatus.Killed)]
    public void A_kill_seen_at_a_checkpoint_ends_with_timeout_only_past_the_deadline(int secondsLeft, ScriptStatus expected)
    {
        var limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(1) };
        var guard = new ScriptGuard(limits, CancellationToken.None, Stopwatch.GetTimestamp() + ((secondsLeft - 1) * Stopwatch.Frequency));
        guard.Kill("The run was abandoned after its deadline.");

        GuardStopException stop = Assert.Throws<GuardStopException>(guard.Checkpoint);

        Assert.Equal(expected, stop.Status);
    }

    [Fact]
    public async Task Extreme_limits_do_not_break_the_runner()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.MaxValue, MaxSteps = 100 } };
        ScriptResult result = await Scripts.RunAsync("while (true) { }", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Equal(2, Scripts.Value(await Scripts.RunAsync("1 + 1", options)).GetInt32());
    }

    [Fact]
    public async Task A_catastrophic_regex_gets_the_remaining_time_as_its_timeout()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMilliseconds(500) } };
        ScriptResult result = await Scripts.RunAsync("""
            var input = new string('a', 40) + "!";
            return Regex.IsMatch(input, "^(a+)+$");
            """, options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
    }

    [Fact]
    public async Task A_catastrophic_regex_in_a_loop_gets_the_remaining_time_as_its_timeout()
    {
        // The loop's guard local gives the timeout (not the holder's field): the same deadline.
        var options = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMilliseconds(500) } };
        ScriptResult result = await Scripts.RunAsync("""
            var hits = 0;
            for (var i = 0; i < 3; i++) { if (Regex.IsMatch(new string('a', 40) + "!", "^(a+)+$")) hits++; }
            return hits;
            """, options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
    }

    [Fact]
    public async Task A_call_site_regex_keeps_the_meaning_of_the_static_methods()
    {
        // Count, Match and IsMatch of constant patterns use their call site's instance; IgnoreCase keeps the static call.
        ScriptResult result = await Scripts.RunAsync("""
            var total = 0;
            for (var i = 0; i < 3; i++) { total += Regex.Count("a1b22", @"\d+") + (Regex.Match("x9", @"\d").Value == "9" ? 10 : 0) + (Regex.IsMatch("ABC", "b", RegexOptions.IgnoreCase) ? 100 : 0); }
            return total;
            """);

        Assert.Equal(336, Scripts.Value(result).GetInt32());
    }

    [Fact]
    public async Task A_call_site_regex_with_an_invalid_pattern_fails_as_the_static_call_did()
    {
        ScriptResult result = await Scripts.RunAsync("return Regex.IsMatch(\"a\", \"(\");");

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
    }

    [Fact]
    public async Task A_constant_pattern_over_the_limit_is_still_refused()
    {
        ScriptResult result = await Scripts.RunAsync($"return Regex.IsMatch(\"a\", \"{new string('a', ScriptGuard.MaxRegexPatternChars + 1)}\");");

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
    }

    // Five million items concatenated with themselves 30 times, drained by one library call: every item of a Concat's
    // second sequence passes a checkpoint (not only its start, which a chain of doublings passes once per five million
    // items), so the step budget ends the call after 100,000 items.
    [Fact]
    public async Task A_library_call_draining_concat_doublings_stops_at_the_step_budget()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxSteps = 100_000, Timeout = TimeSpan.FromSeconds(10) } };
        ScriptResult result = await Scripts.RunAsync("var s = Enumerable.Range(0, 5_000_000); for (var i = 0; i < 30; i++) s = s.Concat(s); return s.LongCount();", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Equal("The script passed its step budget of 100000 steps.", result.Error);
    }

    [Fact]
    public async Task A_regex_instance_with_a_long_timeout_is_capped()
    {
        // A grace far longer than the deadline: only the capped match timeout (not the watchdog abandoning the run's
        // thread, which would leave the match running for an hour) can end this run with the regex's own message. The
        // deadline counts the compile: 5 s leaves a busy machine room for it.
        var options = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(5), AbandonGrace = TimeSpan.FromSeconds(60) } };
        ScriptResult result = await Scripts.RunAsync("""
            var regex = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromHours(1));
            try { return regex.IsMatch(new string('a', 40) + "!"); }
            catch (RegexMatchTimeoutException) { return "swallowed"; }
            """, options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Equal("A regular expression ran past the script's deadline.", result.Error);
    }

    [Fact]
    public async Task A_benign_regex_still_works()
    {
        ScriptResult result = await Scripts.RunAsync("""
            var r = new Regex(@"\d+");
            return string.Join(",", r.Matches("a1b22c333").Select(m => m.Value)) + "|" + Regex.Replace("a-b", "-", "+");
            """);

        Assert.Equal("1,22,333|a+b", Scripts.Value(result).GetString());
    }
}
