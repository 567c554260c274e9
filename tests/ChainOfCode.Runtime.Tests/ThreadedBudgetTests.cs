namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Under a policy that lets a script reach other threads (COC0007 off), the step budget, <c>MaxDepth</c> and the usage
/// they report hold exactly however many threads run script code at once: a step counted on one thread is never lost to
/// another's, and each thread gets <c>MaxDepth</c> levels of its own, no more (before, the counters were plain fields that
/// every thread decremented: steps were lost, and one thread's levels counted against another's). The races are made
/// likely by numbers (eight threads released together by a barrier or one signal, millions of guard operations), never
/// by sleeps.
/// </summary>
public sealed class ThreadedBudgetTests
{
    private static readonly GateOptions ThreadsAllowed = GateOptions.FromPolicyText("mode: denylist\ncapability: COC0007 off\n");

    private const int Threads = 8;

    // Each of eight tasks runs the same work: a function that enters the guard (it calls a library method), a lambda, a
    // direct recursion (twins: every call on a pool thread takes the slow path), a plain loop on credit and a counted one.
    // "par" releases the eight together (they wait for one signal, set once all are started); otherwise each runs alone,
    // awaited before the next starts (the signal is set before the first). Script code runs the same steps either way: only the library calls differ.
    private const string Work = """
        var par = Args["par"].GetBoolean();
        var rounds = Args["rounds"].GetInt32();
        int F(int x) => Math.Abs(x) % 7;
        int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        Func<int, int> g = x => { var t = 0; for (var j = 0; j < 3; j++) { t += j; } return t + x; };
        var go = new System.Threading.Tasks.TaskCompletionSource<bool>();
        if (!par) { go.SetResult(true); }
        long Body(int k)
        {
            _ = go.Task.Result;
            long s = 0;
            for (var i = 0; i < rounds; i++)
            {
                s += F(i + k) + g(i) + Fib(i % 6);
                var w = 0;
                while (w < 5) { s += w; w++; }
                for (var j = 0; j < 4; j++) { s += j; }
            }

            return s;
        }

        var tasks = new System.Threading.Tasks.Task<long>[8];
        for (var t = 0; t < 8; t++)
        {
            var k = t;
            tasks[t] = System.Threading.Tasks.Task.Run(() => Body(k));
            if (!par) { await tasks[t]; }
        }

        go.TrySetResult(true);

        long total = 0;
        foreach (var task in tasks) { total += await task; }
        return total;
        """;

    private static RunOptions Options(bool parallel, int rounds, long maxSteps) => new()
    {
        Gate = ThreadsAllowed,
        ArgsJson = $$"""{"par": {{(parallel ? "true" : "false")}}, "rounds": {{rounds}}}""",
        Limits = Scripts.Benign with { MaxSteps = maxSteps },
    };

    [Fact]
    public async Task Eight_threads_at_once_count_exactly_the_steps_of_eight_in_turn()
    {
        ScriptResult alone = await Scripts.RunAsync(Work, Options(parallel: false, rounds: 4_000, long.MaxValue));
        ScriptResult together = await Scripts.RunAsync(Work, Options(parallel: true, rounds: 4_000, long.MaxValue));

        Assert.Equal((Scripts.Value(alone).GetInt64(), alone.Usage.Steps), (Scripts.Value(together).GetInt64(), together.Usage.Steps));
    }

    [Fact]
    public async Task Eight_threads_at_once_stop_at_exactly_the_step_budget()
    {
        long steps = (await Scripts.RunAsync(Work, Options(parallel: false, rounds: 4_000, long.MaxValue))).Usage.Steps;

        // One step short of what the work needs: the run must stop there, whatever thread passes the last step.
        ScriptResult shortOfOne = await Scripts.RunAsync(Work, Options(parallel: true, rounds: 4_000, steps - 1));
        ScriptResult exact = await Scripts.RunAsync(Work, Options(parallel: true, rounds: 4_000, steps));

        Assert.Equal(
            (ScriptStatus.Timeout, steps - 1, true, ScriptStatus.Succeeded, steps),
            (shortOfOne.Status, shortOfOne.Usage.Steps, shortOfOne.Error?.Contains("step budget"), exact.Status, exact.Usage.Steps));
    }

    // Eight tasks churn the depth counter together (a recursion of twenty levels, entered and left a few thousand times
    // each, through a function that enters the guard and through twins), then the run's own thread recurses n levels:
    // the depth it may reach must not depend on what the other threads did.
    private const string Churn = """
        var n = Args["n"].GetInt32();
        int D(int k) => k == 0 ? Math.Abs(k) : 1 + D(k - 1);
        int T(int k) => k == 0 ? 0 : 1 + T(k - 1);
        var go = new System.Threading.Tasks.TaskCompletionSource<bool>();
        var tasks = new System.Threading.Tasks.Task<long>[8];
        for (var t = 0; t < 8; t++)
        {
            tasks[t] = System.Threading.Tasks.Task.Run(() =>
            {
                _ = go.Task.Result;
                long s = 0;
                for (var i = 0; i < 3_000; i++) { s += D(20) + T(20); }
                return s;
            });
        }

        go.SetResult(true);
        long total = 0;
        foreach (var task in tasks) { total += await task; }
        return total + D(n);
        """;

    [Fact]
    public async Task After_eight_threads_churned_the_depth_the_run_thread_gets_exactly_its_levels()
    {
        const int MaxDepth = 300;
        RunOptions Deep(int n) => DepthOptions(n, MaxDepth);

        // D(n) nests n + 1 frames under the script's top level: D(MaxDepth - 1) reaches the limit, D(MaxDepth) one past it.
        ScriptResult atTheLimit = await Scripts.RunAsync(Churn, Deep(MaxDepth - 1));
        ScriptResult onePast = await Scripts.RunAsync(Churn, Deep(MaxDepth));

        Assert.Equal(
            (ScriptStatus.Succeeded, MaxDepth, ScriptStatus.RecursionLimit),
            (atTheLimit.Status, atTheLimit.Usage.MaxDepth, onePast.Status));
    }

    // A threads-allowing run of a script reading n, under a depth limit and no step budget.
    private static RunOptions DepthOptions(int n, int maxDepth) => new()
    {
        Gate = ThreadsAllowed,
        ArgsJson = $$"""{"n": {{n}}}""",
        Limits = Scripts.Benign with { MaxSteps = long.MaxValue, MaxDepth = maxDepth },
    };

    // Eight tasks recurse at once, each as deep as n levels below its task's lambda.
    private const string Together = """
        var n = Args["n"].GetInt32();
        int D(int k) => k == 0 ? Math.Abs(k) : 1 + D(k - 1);
        var go = new System.Threading.Tasks.TaskCompletionSource<bool>();
        var tasks = new System.Threading.Tasks.Task<int>[8];
        for (var t = 0; t < 8; t++)
        {
            tasks[t] = System.Threading.Tasks.Task.Run(() => { _ = go.Task.Result; var s = 0; for (var i = 0; i < 200; i++) { s += D(n); } return s; });
        }

        go.SetResult(true);
        var total = 0;
        foreach (var task in tasks) { total += await task; }
        return total;
        """;

    [Fact]
    public async Task Each_thread_gets_its_own_depth_limit_no_more()
    {
        const int MaxDepth = 120;
        RunOptions Deep(int n) => DepthOptions(n, MaxDepth);

        // A task's lambda is its thread's first level; D(n) nests n + 1 frames below it.
        ScriptResult atTheLimit = await Scripts.RunAsync(Together, Deep(MaxDepth - 2));
        ScriptResult onePast = await Scripts.RunAsync(Together, Deep(MaxDepth - 1));

        Assert.Equal(
            (ScriptStatus.Succeeded, MaxDepth, ScriptStatus.RecursionLimit),
            (atTheLimit.Status, atTheLimit.Usage.MaxDepth, onePast.Status));
    }

    [Fact]
    public void Under_a_policy_that_allows_threads_every_exit_gives_its_level_back_to_its_thread()
    {
        const string Code = """
            int F(int x) { return Math.Abs(x); }
            int G(int x) => x + F(x);
            async System.Threading.Tasks.Task<int> A() { await System.Threading.Tasks.Task.Yield(); return F(1); }
            IEnumerable<int> I() { yield return F(2); }
            return F(1) + G(2) + I().Sum() + await A()
            """;
        static (int Plain, int Shared) Exits(GateOptions gate, string code)
        {
            GateResult verdict = ScriptGate.Check(code, gate);
            Assert.True(verdict.IsAccepted);
            Microsoft.CodeAnalysis.SemanticModel model = verdict.Compilation!.GetSemanticModel(verdict.Tree!);
            string text = GuardRewriter.Rewrite(verdict.Tree!, model, CancellationToken.None, gate.Policy, gate.StartsThreads(model, CancellationToken.None)).GetText().ToString();
            int shared = System.Text.RegularExpressions.Regex.Count(text, @"\.Exit(Awaiting)?Shared\b");
            return (System.Text.RegularExpressions.Regex.Count(text, @"\.Exit(Awaiting)?\b"), shared);
        }

        (int Plain, int Shared) single = Exits(GateOptions.FromPolicyText("mode: denylist\n"), Code + ";");
        // The same script under a policy that allows threads, starting none, and starting one more function on a task.
        (int Plain, int Shared) none = Exits(ThreadsAllowed, Code + ";");
        (int Plain, int Shared) threads = Exits(ThreadsAllowed, Code + " + await System.Threading.Tasks.Task.Run(() => F(3));");

        Assert.Equal((true, 0, single, 0, true), (single.Plain >= 4, single.Shared, none, threads.Plain, threads.Shared >= single.Plain));
    }

    // Under a policy that allows threads, a script that starts none (it names nothing COC0007 covers) runs on one thread
    // at a time, as under the default policy: its guard keeps the default's counters and its rewrite the plain exits.
    // Every route COC0007 covers that starts or schedules work makes the guard shared (Parallel and PLINQ are not in the
    // scripts' references).
    [Theory]
    [InlineData(false, "var s = 0; for (var i = 0; i < 1000; i++) { s += i; } return s;")]
    [InlineData(false, "int F(int x) { return Math.Abs(x); } return Enumerable.Range(0, 100).Where(x => x % 2 == 0).Sum(F);")]
    [InlineData(false, "async System.Threading.Tasks.Task<int> A() { await System.Threading.Tasks.Task.Yield(); return 1; } var o = new object(); lock (o) { } return await A() + (await System.Threading.Tasks.Task.WhenAll(A(), A())).Sum();")]
    [InlineData(true, "return await System.Threading.Tasks.Task.Run(() => 1);")]
    [InlineData(true, "var t = new System.Threading.Thread(() => { }); t.Start(); t.Join(); return 1;")]
    [InlineData(true, "System.Threading.ThreadPool.QueueUserWorkItem(_ => { }); return 1;")]
    [InlineData(true, "return await System.Threading.Tasks.Task.Factory.StartNew(() => 1);")]
    [InlineData(true, "var timer = new System.Threading.Timer(_ => { }, null, 1, 1); timer.Dispose(); return 1;")]
    [InlineData(true, "await System.Threading.Tasks.Task.Delay(1); return 1;")]
    [InlineData(true, "return await System.Threading.Tasks.Task.FromResult(1).ContinueWith(t => t.Result + 1);")]
    [InlineData(true, "var s = new System.Threading.Tasks.TaskCompletionSource<int>(); s.SetResult(1); return await s.Task;")]
    public void A_script_under_a_policy_that_allows_threads_counts_in_shared_mode_only_when_it_starts_threads(bool startsThreads, string code)
    {
        CompiledScript compiled = ScriptPipeline.Compile(code, ThreadsAllowed, CancellationToken.None);
        Assert.True(compiled.Verdict.IsAccepted, compiled.Verdict.Error);

        Assert.Equal((startsThreads, compiled.EmitError), (compiled.StartsThreads, (string?)null));
    }

    // A Chain-of-Code program is decided the same way, on the gate's model of the program with its emulated functions
    // declared: the chain rewrite adds only calls to the run's session, which run on the thread that calls them.
    [Theory]
    [InlineData(false, "int n = 0; foreach (string w in new[] { \"a\", \"b\" }) { if (IsFruit(w)) { n++; } } return n;")]
    [InlineData(false, "var x = IsFruit(\"a\"); async System.Threading.Tasks.Task<int> A() { await System.Threading.Tasks.Task.Yield(); return 1; } return x ? await A() : 0;")]
    [InlineData(true, "bool x = IsFruit(\"a\"); return await System.Threading.Tasks.Task.Run(() => x ? 1 : 0);")]
    public void A_chain_program_under_a_policy_that_allows_threads_counts_in_shared_mode_only_when_it_starts_threads(bool startsThreads, string code)
    {
        CompiledScript compiled = ChainOfCode.Runtime.Chain.ChainCompiler.Compile(code, ThreadsAllowed, CancellationToken.None);
        Assert.True(compiled.Verdict.IsAccepted, compiled.Verdict.Error);

        Assert.Equal((startsThreads, compiled.EmitError), (compiled.StartsThreads, (string?)null));
    }

    // A symbol the project's policy adds to COC0007 counts as starting threads, though the catalog does not name it and
    // the capability is off.
    [Fact]
    public void A_symbol_the_policy_adds_to_the_threads_capability_makes_the_guard_shared()
    {
        const string Code = "await System.Threading.Tasks.Task.Yield(); return 1;";
        var added = GateOptions.FromPolicyText("mode: denylist\ncapability: COC0007 off\n\n[COC0007]\nM:System.Threading.Tasks.Task.Yield\n");

        CompiledScript compiled = ScriptPipeline.Compile(Code, added, CancellationToken.None);

        Assert.Equal((true, false), (compiled.StartsThreads, ScriptPipeline.Compile(Code, ThreadsAllowed, CancellationToken.None).StartsThreads));
    }

    // Eight tasks each keep `mb` arrays of a megabyte, all eight at once.
    private const string Allocating = """
        var mb = Args["mb"].GetInt32();
        var go = new System.Threading.Tasks.TaskCompletionSource<bool>();
        var tasks = new System.Threading.Tasks.Task<int>[8];
        for (var t = 0; t < 8; t++)
        {
            tasks[t] = System.Threading.Tasks.Task.Run(() =>
            {
                _ = go.Task.Result;
                var keep = new List<byte[]>();
                for (var i = 0; i < mb; i++) { keep.Add(new byte[1 << 20]); }
                return keep.Count;
            });
        }

        go.SetResult(true);
        var total = 0;
        foreach (var task in tasks) { total += await task; }
        return total;
        """;

    [Fact]
    public async Task Eight_threads_allocating_at_once_stop_at_the_allocation_budget()
    {
        RunOptions Allocate(int mb) => new()
        {
            Gate = ThreadsAllowed,
            ArgsJson = $$"""{"mb": {{mb}}}""",
            Limits = Scripts.Benign with { MaxAllocatedBytes = 48L << 20 },
        };

        // 8 x 4 MB is within 48 MB; 8 x 8 MB is not, though no thread alone passes it.
        ScriptResult within = await Scripts.RunAsync(Allocating, Allocate(4));
        ScriptResult past = await Scripts.RunAsync(Allocating, Allocate(8));

        Assert.Equal((ScriptStatus.Succeeded, ScriptStatus.MemoryLimit), (within.Status, past.Status));
    }

    [Fact]
    public void Checkpoints_on_eight_threads_pass_exactly_the_budget()
    {
        const long Budget = 20_000_000;
        var guard = new ScriptGuard(RunLimits.Default with { MaxSteps = Budget, Timeout = TimeSpan.FromMinutes(5) }, CancellationToken.None, threadsAllowed: true);
        using var barrier = new Barrier(Threads);
        var passed = new long[Threads];
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            barrier.SignalAndWait();
            try
            {
                while (true)
                {
                    guard.Checkpoint();
                    passed[t]++;
                }
            }
            catch (GuardStopException)
            {
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal((Budget, Budget, ScriptStatus.Timeout), (passed.Sum(), guard.Steps, guard.StopReason?.Status));
    }

    // ExitShared: the exit the rewrite writes under a policy that allows threads (GuardRewriter.WithSharedExits).
    [Fact]
    public void Entries_and_exits_on_eight_threads_leave_each_thread_its_own_levels()
    {
        const int MaxDepth = 50;
        var guard = new ScriptGuard(RunLimits.Default with { MaxSteps = long.MaxValue, MaxDepth = MaxDepth, Timeout = TimeSpan.FromMinutes(5) }, CancellationToken.None, threadsAllowed: true);
        using var churned = new Barrier(Threads);
        using var atTheLimit = new Barrier(Threads);
        var failures = new string?[Threads];
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                churned.SignalAndWait();
                for (var i = 0; i < 20_000; i++)
                {
                    for (var d = 0; d < 10; d++)
                    {
                        guard.Enter();
                    }

                    for (var d = 0; d < 10; d++)
                    {
                        guard.ExitShared();
                    }
                }

                // Every thread holds the whole limit at once.
                for (var d = 0; d < MaxDepth; d++)
                {
                    guard.Enter();
                }

                atTheLimit.SignalAndWait();
            }
            catch (Exception e)
            {
                failures[t] = e.Message;
                atTheLimit.RemoveParticipant();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        // One level more, on the test's thread (the run's), after the others: the run thread's own count is untouched.
        string? onePast = null;
        for (var d = 0; d < MaxDepth; d++)
        {
            guard.Enter();
        }

        try
        {
            guard.Enter();
        }
        catch (GuardStopException e)
        {
            onePast = e.Status.ToString();
        }

        Assert.Equal((string.Empty, MaxDepth, nameof(ScriptStatus.RecursionLimit)), (string.Join("; ", failures.Where(f => f is not null)), guard.MaxDepthReached, onePast));
    }

    [Fact]
    public void A_regex_site_called_on_eight_threads_counts_every_call()
    {
        var guard = new ScriptGuard(RunLimits.Default with { MaxSteps = long.MaxValue, Timeout = TimeSpan.FromMinutes(5) }, CancellationToken.None, threadsAllowed: true);
        using var barrier = new Barrier(Threads);
        const int Calls = (ScriptGuard.CompiledRegexAfterCalls / Threads) - 1;

        // Eight threads call one site at once, one call short of compiling it; the test's thread makes the rest.
        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            barrier.SignalAndWait();
            for (var i = 0; i < Calls; i++)
            {
                guard.IsMatch(0, "a+b", System.Text.RegularExpressions.RegexOptions.None, "aaab");
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        bool before = guard.IsCompiled(0);
        for (var i = 0; i < Threads; i++)
        {
            guard.IsMatch(0, "a+b", System.Text.RegularExpressions.RegexOptions.None, "aaab");
        }

        Assert.Equal((false, true), (before, guard.IsCompiled(0)));
    }
}
