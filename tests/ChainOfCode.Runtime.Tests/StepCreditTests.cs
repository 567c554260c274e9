namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Loops and direct calls count their steps on credit charged to the run ahead; the step budget must still be exact
/// when script code runs inside a loop: a function, a lambda, an iterator or an async method called from a loop, a
/// catch filter an exception leaving a loop runs, loops that interleave in time. Each script runs exactly as many steps as
/// the budget allows: it neither stops before the budget (<c>Usage.Steps</c> below it) nor passes it.
/// </summary>
public sealed class StepCreditTests
{
    /// <summary>Scripts whose loops run script code, each a few thousand steps, by name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Shapes = new Dictionary<string, string>
    {
        // F enters the guard (it calls a library method); the loop that calls it counts on credit.
        ["while"] = """
            int F(int x) => Math.Abs(x) % 7;
            var s = 0; var i = 0;
            while (i < 1500) { s += F(i); i++; }
            return s;
            """,
        ["for"] = """
            int F(int x) => Math.Abs(x) % 7;
            var s = 0;
            for (var i = 0; i < 1500; i++) { s += F(i); }
            return s;
            """,
        ["do"] = """
            int F(int x) => Math.Abs(x) % 7;
            var s = 0; var i = 0;
            do { s += F(i); i++; } while (i < 1500);
            return s;
            """,
        ["foreach"] = """
            int F(int x) => Math.Abs(x) % 7;
            var s = 0;
            foreach (var x in new int[1500]) { s += F(x); }
            return s;
            """,
        // A counted inner loop pays its turns at once (ScriptGuard.Reserve) beside a call; a function called from a loop
        // reserves for its own counted loop.
        ["counted"] = """
            long G(int m) { long t = 0; for (var j = 0; j < m; j++) { t += j; } return t; }
            long s = 0;
            for (var i = 0; i < 200; i++) { for (var j = 0; j < 20; j++) { s += j; } s += G(i % 9); }
            return s;
            """,
        ["nested"] = """
            int F(int x) => Math.Abs(x) % 7;
            var s = 0;
            for (var i = 0; i < 40; i++) { for (var j = 0; j < 40; j++) { var k = 0; while (k < 2) { s += F(i + j + k); k++; } } }
            return s;
            """,
        // A direct function: its twins pass the credit down in registers, called from a loop.
        ["direct"] = """
            int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
            var s = 0;
            for (var i = 0; i < 40; i++) { s += Fib(i % 11); }
            return s;
            """,
        // A lambda with a loop, called from a loop, and LINQ lambdas run by the library inside a loop.
        ["lambda"] = """
            Func<int, int> f = x => { var t = 0; for (var j = 0; j < 3; j++) { t += j; } return t + x; };
            var s = 0;
            for (var i = 0; i < 300; i++) { s += f(i); s += Enumerable.Range(0, 3).Select(y => y + i).Sum(); }
            return s;
            """,
        // An iterator's loop and its consumer's loop interleave: each holds its place across the other's turns.
        ["iterator"] = """
            IEnumerable<int> Gen(int n) { for (var i = 0; i < n; i++) { var t = 0; for (var j = 0; j < 3; j++) { t += j; } yield return i + t; } }
            int F(int x) => Math.Abs(x) % 7;
            var s = 0;
            foreach (var x in Gen(600)) { s += F(x); }
            var e = Gen(300).GetEnumerator();
            for (var k = 0; k < 100; k++) { e.MoveNext(); s += e.Current; }
            return s;
            """,
        // Two async loops interleave at every await on the run's own thread.
        ["async"] = """
            int F(int x) => Math.Abs(x) % 7;
            async System.Threading.Tasks.Task<int> A(int n) { var t = 0; for (var i = 0; i < n; i++) { await System.Threading.Tasks.Task.Yield(); for (var j = 0; j < 3; j++) { t += j; } t += F(i); } return t; }
            var a = A(300); var b = A(300);
            return await a + await b;
            """,
        // An exception leaves a bounded loop (an array index past the end) and a catch filter that calls a function runs
        // before the loop's finally.
        ["exception"] = """
            bool Ok(Exception e) => e.GetType().Name.Length > 0;
            var a = new int[5];
            var s = 0;
            for (var k = 0; k < 200; k++) { try { var i = 0; while (true) { s += a[i]; i++; } } catch (IndexOutOfRangeException e) when (Ok(e)) { s++; } }
            return s;
            """,
        // goto leaves a loop that calls a function, and a label loops back around it.
        ["goto"] = """
            int F(int x) => Math.Abs(x) % 7;
            var s = 0; var n = 0;
            again:
            for (var j = 0; j < 10; j++) { if (j == 6) goto done; s += F(j); }
            done:
            n++;
            if (n < 150) goto again;
            return s;
            """,
    };

    /// <summary>Every shape under small budgets (a loop that calls a script function) and within its last 1,024 steps.</summary>
    public static TheoryData<string, long> Budgets()
    {
        var data = new TheoryData<string, long>();
        foreach (string shape in Shapes.Keys)
        {
            // Positive: the budget itself; negative: that many steps below the script's own.
            foreach (long budget in new long[] { 10, 100, 1000, -1, -7, -100, -1000 })
            {
                data.Add(shape, budget);
            }
        }

        return data;
    }

    public static TheoryData<string> Names() => [.. Shapes.Keys];

    /// <summary>Every shape at once, small enough to run under every budget below its steps.</summary>
    private const string Mixed = """
        int F(int x) => Math.Abs(x) % 7;
        int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        bool Ok(Exception e) => F(e.GetType().Name.Length) >= 0;
        IEnumerable<int> Gen(int n) { for (var i = 0; i < n; i++) { var t = 0; for (var j = 0; j < 2; j++) { t += j; } yield return i + t; } }
        var a = new int[3];
        var s = 0;
        foreach (var x in Gen(8)) { s += F(x) + Fib(x % 4); for (var j = 0; j < 3; j++) { s += j; } }
        for (var k = 0; k < 3; k++) { try { var i = 0; while (true) { s += a[i]; i++; } } catch (IndexOutOfRangeException e) when (Ok(e)) { s++; } }
        return s;
        """;

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_script_succeeds_under_a_budget_of_exactly_its_steps(string shape)
    {
        string code = Shapes[shape];
        ScriptResult unbounded = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign });
        long steps = unbounded.Usage.Steps;

        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign with { MaxSteps = steps } });

        Assert.Equal((Scripts.Value(unbounded).GetInt64(), steps), (Scripts.Value(result).GetInt64(), result.Usage.Steps));
    }

    [Fact]
    public async Task A_script_stops_at_exactly_every_budget_below_its_steps()
    {
        long steps = (await Scripts.RunAsync(Mixed, new RunOptions { Limits = Scripts.Benign })).Usage.Steps;
        var missed = new List<string>();
        for (long budget = 1; budget < steps; budget++)
        {
            ScriptResult result = await Scripts.RunAsync(Mixed, new RunOptions { Limits = Scripts.Benign with { MaxSteps = budget } });
            if (result.Status != ScriptStatus.Timeout || result.Usage.Steps != budget)
            {
                missed.Add($"{budget}: {result.Status} after {result.Usage.Steps}");
            }
        }

        Assert.Empty(missed);
    }

    [Theory]
    [MemberData(nameof(Budgets))]
    public async Task A_script_stops_at_exactly_its_step_budget(string shape, long budget)
    {
        string code = Shapes[shape];
        long steps = (await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign })).Usage.Steps;
        long limit = budget > 0 ? budget : steps + budget;
        Assert.InRange(limit, 1, steps - 1);

        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign with { MaxSteps = limit } });

        Assert.Equal((ScriptStatus.Timeout, limit, true), (result.Status, result.Usage.Steps, result.Error?.Contains("step budget")));
    }
}
