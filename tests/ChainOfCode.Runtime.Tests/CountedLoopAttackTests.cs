namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Counted loops (<c>GuardRewriter.CountedLoops</c>) pay their turns before they run a copy of themselves without a turn of
/// its own: a loop whose copy runs more turns than it paid would run past the step budget, the deadline and the kill switch
/// with no checkpoint. Each script here would run millions of turns (or forever) unpaid; under a budget of 10,000 steps each
/// must stop at exactly that budget.
/// </summary>
public sealed class CountedLoopAttackTests
{
    private const long Budget = 10_000;

    /// <summary>Loops that look counted, by the way their copy ran unpaid.</summary>
    public static readonly IReadOnlyDictionary<string, string> Attacks = new Dictionary<string, string>
    {
        // The start assigns the bound after the turns were computed from its old value: 10 paid, 10 million run.
        ["start that assigns the bound"] = """
            long F() { long n = 10; long s = 0; for (long i = (n = 10_000_000) - 10_000_000; i < n; i++) { s++; } return s; }
            return F();
            """,
        // An int counter below a long bound past int.MaxValue wraps and never reaches it: 13 paid, endless.
        ["int counter, long bound"] = """
            long s = 0;
            for (int i = 2147483637; i < 2147483650L; i++) { s++; }
            return s;
            """,
        // A long range wider than long.MaxValue: B - v wrapped below zero, and the chunk ran the whole range unpaid.
        ["range wider than long"] = """
            long F(long m) { long s = 0; for (long i = -2; i < m; i++) { s++; } return s; }
            return F(9223372036854775807);
            """,
        // The same range of constants: B - A overflowed at compile time (the guarded script did not compile: crashed).
        ["constant range wider than long"] = """
            long s = 0;
            for (long i = -1; i < 9223372036854775807; i++) { s++; }
            return s;
            """,
        // A loop around a short constant loop pays its turn and the inner loop's at once (14 steps a turn here, so the
        // budget ends inside a turn): the inner loop resets the outer loop's top-level variable, so the nest never ends.
        ["short inner loop that resets the outer loop"] = """
            long i = 0; long s = 0;
            while (i < 10) { for (var j = 0; j < 13; j++) { i = 0; s += j; } }
            return s;
            """,
        // The same at the end of a long nest of short loops, each pays its inner loop with its turn.
        ["endless nest of short loops"] = """
            long s = 0;
            for (;;) { for (var a = 0; a < 7; a++) { for (var b = 0; b < 3; b++) { s += a ^ b; } } }
            """,
    };

    public static TheoryData<string> Names() => [.. Attacks.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_counted_loop_stops_at_exactly_the_step_budget(string attack)
    {
        var options = new RunOptions { Limits = Scripts.Benign with { MaxSteps = Budget } };

        ScriptResult result = await Scripts.RunAsync(Attacks[attack], options);

        Assert.Equal((ScriptStatus.Timeout, Budget, true), (result.Status, result.Usage.Steps, result.Error?.Contains("step budget")));
    }

    [Fact]
    public async Task A_counted_loop_evaluates_its_start_once_and_pays_every_turn_it_runs()
    {
        // The rewrite evaluated the start twice (for the turns to pay, then in the copy): 10 turns paid, 10 million run.
        ScriptResult result = await Scripts.RunAsync("""
            long j = 0; long s = 0;
            for (long i = (j++ == 0 ? -10 : -10_000_000); i < 0; i++) { s++; }
            return s;
            """, new RunOptions { Limits = Scripts.Benign with { MaxSteps = Budget } });

        // 10 turns, and the checkpoint of the result's conversion.
        Assert.Equal((10L, 11L), (Scripts.Value(result).GetInt64(), result.Usage.Steps));
    }
}
