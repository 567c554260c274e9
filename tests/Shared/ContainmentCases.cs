using ChainOfCode.Runtime;

namespace ChainOfCode.Tests.Shared;

/// <summary>
/// The hostile scripts of the in-process containment classes, each with its one expected status. The runtime
/// tests run them in a child process (a regression kills the child, not the test host) and the worker tests
/// through a worker pool.
/// </summary>
internal static class ContainmentCases
{
    private const string Evil = "class Evil : Exception { public override string Message => throw new Evil(); }\n";

    // A query that runs ten million clause evaluations and allocates nothing per item: with checkpoints in its
    // clauses it passes the step budget of these cases (a million) at once; without, it runs 0 steps to its end.
    private const string SpinningQuery = "(from x in Enumerable.Range(0, 10_000_000) where x < 0 select x)";

    private const long QuerySteps = 1_000_000;

    // Lets the script reach the thread pool (Task.Run), as a host's own policy may.
    private const string ThreadsAllowed = "mode: denylist\ncapability: COC0007 off\n";

    // The catalog's capability rules alone, without the allowed surface of the scripts' default mode.
    private const string DenylistOnly = "mode: denylist\n";

    // A recursion that calls a library method (no twin: every frame entered and probed) a million levels deep and back: the
    // probed floor then lies a few hundred KB above the end of the run thread's 64 MB stack (frames of about 64 bytes; with
    // larger ones, it stops there itself). A chain of twins entered after it is bounded by that floor alone, so a twin's
    // frame larger than its bound (TwinFrameBytes) by a fraction of a percent would overflow the stack.
    private const string LowerTheFloor = "long D(long n) => n == 0 ? 0 : Math.Abs(D(n - 1)); D(1_040_000);\n";

    // Eight tasks, released together, each recursing n levels below its lambda 200 times (D enters the guard, T is a twin).
    private static string EightThreadsRecursing(int n) => $$"""
        int D(int k) => k == 0 ? Math.Abs(k) : 1 + D(k - 1);
        int T(int k) => k == 0 ? 0 : 1 + T(k - 1);
        var go = new System.Threading.Tasks.TaskCompletionSource<bool>();
        var tasks = new System.Threading.Tasks.Task<int>[8];
        for (var t = 0; t < 8; t++) { tasks[t] = System.Threading.Tasks.Task.Run(() => { _ = go.Task.Result; var s = 0; for (var i = 0; i < 200; i++) { s += D({{n}}) + T({{n}}); } return s; }); }
        go.SetResult(true);
        var total = 0;
        foreach (var task in tasks) { total += await task; }
        return total;
        """;

    public static IReadOnlyList<ContainmentCase> All { get; } =
    [
        // 1. The host reads no script-controlled member unprotected: an exception's Message, in the error, a filter, a result.
        new("message-throws", "host-reads", ScriptStatus.RuntimeError, Evil + "throw new Evil();"),
        new("message-loops", "host-reads", ScriptStatus.RuntimeError, "class Spin : Exception { public override string Message { get { while (true) { } } } }\nthrow new Spin();"),
        new("message-recurses", "host-reads", ScriptStatus.RuntimeError, "class Deep : Exception { public override string Message => Message; }\nthrow new Deep();"),
        new("message-allocates", "host-reads", ScriptStatus.RuntimeError, "class Fat : Exception { public override string Message { get { var s = \"x\"; while (true) { s += s; } } } }\nthrow new Fat();"),
        new("message-recurses-through-twins-under-a-huge-depth-limit", "host-reads", ScriptStatus.RuntimeError, "class Deep : Exception { static long F(long n) => F(n + 1) + 1; public override string Message => F(0).ToString(); }\nthrow new Deep();", TimeoutMs: 30_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        new("message-throws-in-a-catch-filter", "host-reads", ScriptStatus.RuntimeError, Evil + "try { throw new Evil(); } catch (Exception e) when (e.Message.Length > 0) { }\nreturn 1;"),
        new("tostring-stacktrace-data-throw", "host-reads", ScriptStatus.RuntimeError, """
            class Bad : Exception
            {
                public override string Message => throw new Bad();
                public override string ToString() => throw new Bad();
                public override string StackTrace => throw new Bad();
                public override System.Collections.IDictionary Data => throw new Bad();
            }
            throw new Bad();
            """),
        new("key-tostring-throws-in-the-result", "host-reads", ScriptStatus.RuntimeError, Evil + "class K { public override string ToString() => throw new Evil(); }\nreturn new Dictionary<K, int> { [new K()] = 1 };"),
        new("evil-inner-of-an-aggregate", "host-reads", ScriptStatus.RuntimeError, Evil + "throw new AggregateException(new Evil());"),
        new("evil-from-a-static-constructor", "host-reads", ScriptStatus.RuntimeError, Evil + "class S { public static int X = Boom(); static int Boom() => throw new Evil(); }\nreturn S.X;"),
        // A message the library builds from what the script handed it, with no checkpoint on the way: on main at 715fc0d
        // each ran past the deadline in the host's read, its thread abandoned (3.8 GB, 5.4 GB and 1.2 GB resident).
        new("aggregate-of-shared-inner-exceptions", "host-reads", ScriptStatus.RuntimeError, "Exception e = new Exception(\"x\");\nfor (int i = 0; i < 26; i++) { e = new AggregateException(e, e); }\nthrow e;"),
        new("aggregate-of-one-large-message-many-times", "host-reads", ScriptStatus.RuntimeError, "var big = new Exception(new string('x', 1_000_000));\nthrow new AggregateException(Enumerable.Repeat(big, 5_000));"),
        new("argument-out-of-range-printing-a-shared-tuple", "host-reads", ScriptStatus.RuntimeError, "object v = 1;\nfor (int i = 0; i < 26; i++) { v = Tuple.Create(v, v); }\nthrow new ArgumentOutOfRangeException(\"n\", v, \"bad\");"),

        // 1. Nothing a script leaves behind runs on the host's threads after its run, even under a denylist policy that
        //    lets it name the framework's threading and interop types: each attack waits, allocating, until its code runs
        //    on the finalizer thread, where the guard's stop ends the process once the run is over (on main at 715fc0d
        //    `coc run --isolation inprocess` aborted on each: "Unhandled exception. GuardStopException ... at
        //    System.GC.RunFinalizers()", and the failed contract with "Process terminated").
        new("a-framework-finalizer-calls-the-scripts-override", "after-the-run", ScriptStatus.Rejected, """
            class Leaky : System.Threading.ThreadLocal<int> { public static bool Ran; protected override void Dispose(bool disposing) { Ran = true; while (true) { } } }
            for (int i = 0; i < 100; i++) { new Leaky(); }
            var churn = new List<string>();
            for (int i = 0; i < 2_000_000 && !Leaky.Ran; i++) { churn.Add(new string('x', 100)); if (churn.Count > 1000) { churn.Clear(); } }
            return Leaky.Ran;
            """, Policy: DenylistOnly, Rule: "COCR0004"),
        new("a-critical-handle-released-on-the-finalizer-thread", "after-the-run", ScriptStatus.Rejected, """
            class Handle : System.Runtime.InteropServices.CriticalHandle
            {
                public static bool Ran;
                public Handle() : base(System.IntPtr.Zero) { }
                public override bool IsInvalid => false;
                protected override bool ReleaseHandle() { Ran = true; while (true) { } }
            }
            for (int i = 0; i < 100; i++) { new Handle(); }
            var churn = new List<string>();
            for (int i = 0; i < 2_000_000 && !Handle.Ran; i++) { churn.Add(new string('x', 100)); if (churn.Count > 1000) { churn.Clear(); } }
            return Handle.Ran;
            """, Policy: DenylistOnly, Rule: "COCR0004"),
        new("an-unobserved-task-handler-on-the-finalizer-thread", "after-the-run", ScriptStatus.Rejected, """
            var ran = false;
            System.Threading.Tasks.TaskScheduler.UnobservedTaskException += (sender, e) => { ran = true; while (true) { } };
            for (int i = 0; i < 100; i++) { _ = Task.FromException(new Exception("unobserved")); }
            var churn = new List<string>();
            for (int i = 0; i < 2_000_000 && !ran; i++) { churn.Add(new string('x', 100)); if (churn.Count > 1000) { churn.Clear(); } }
            return ran;
            """, Policy: DenylistOnly, Rule: "COC0002"),
        new("a-module-initializer-before-the-guard", "after-the-run", ScriptStatus.Rejected, "public static class M { [System.Runtime.CompilerServices.ModuleInitializer] public static void Init() { while (true) { } } }\nreturn 1;", Policy: DenylistOnly, Rule: "COC0002"),
        new("a-failed-contract", "after-the-run", ScriptStatus.Rejected, "System.Runtime.CompilerServices.ContractHelper.TriggerFailure(System.Diagnostics.Contracts.ContractFailureKind.Assert, \"boom\", null, null, null);\nreturn 1;", Policy: DenylistOnly, Rule: "COC0002"),

        // Script code sent to the thread pool without naming a thread, under a denylist policy: a forced yield, a
        // cancellation's callbacks, a value-task source's continuations, a continuation scheduled by hand on a configured
        // awaiter. There a deep hash overflows the pool thread's small stack and an exception is unhandled: on main at
        // b8cc54b `coc run --isolation inprocess` died of each ("Stack overflow", "Unhandled exception").
        new("a-forced-yield-resumes-on-the-thread-pool", "escapes", ScriptStatus.Rejected, """
            async Task<int> F()
            {
                await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
                object n = null;
                for (int i = 0; i < 1_000_000; i++) n = new { N = n };
                return n.GetHashCode();
            }
            return await F();
            """, Policy: DenylistOnly, Rule: "COC0007"),
        new("a-cancellation-runs-its-callbacks-on-the-thread-pool", "escapes", ScriptStatus.Rejected, """
            var cts = new System.Threading.CancellationTokenSource();
            var hash = 0;
            cts.Token.Register(() =>
            {
                object n = null;
                for (int i = 0; i < 1_000_000; i++) n = new { N = n };
                hash = n.GetHashCode();
            });
            await cts.CancelAsync();
            return hash;
            """, Policy: DenylistOnly, Rule: "COC0007"),
        new("a-value-task-source-resumes-on-the-thread-pool", "escapes", ScriptStatus.Rejected, """
            var source = new Source();
            async Task<int> F()
            {
                await new ValueTask<int>(source, source.Core.Version).ConfigureAwait(false);
                object n = null;
                for (int i = 0; i < 1_000_000; i++) n = new { N = n };
                return n.GetHashCode();
            }
            var t = F();
            source.Core.SetResult(1);
            return await t;
            class Source : System.Threading.Tasks.Sources.IValueTaskSource<int>
            {
                public System.Threading.Tasks.Sources.ManualResetValueTaskSourceCore<int> Core = new() { RunContinuationsAsynchronously = true };
                public int GetResult(short token) => Core.GetResult(token);
                public System.Threading.Tasks.Sources.ValueTaskSourceStatus GetStatus(short token) => Core.GetStatus(token);
                public void OnCompleted(Action<object> c, object s, short token, System.Threading.Tasks.Sources.ValueTaskSourceOnCompletedFlags f) => Core.OnCompleted(c, s, token, f);
            }
            """, Policy: DenylistOnly, Rule: "COC0007"),
        new("a-continuation-scheduled-by-hand-on-the-thread-pool", "escapes", ScriptStatus.Rejected, """
            var done = false;
            Task.CompletedTask.ConfigureAwait(false).GetAwaiter().OnCompleted(() => { done = true; throw new InvalidOperationException("on the pool"); });
            for (int i = 0; i < 100_000_000 && !done; i++) { }
            return done;
            """, Policy: DenylistOnly, Rule: "COC0007"),
        // An AsyncLocal's handler runs at every switch of execution context, on whatever thread switches: an exception
        // there (the guard's stop included) is FailFast (on main at b8cc54b: "Process terminated. An exception was not
        // handled in an AsyncLocal<T> notification callback").
        new("an-async-local-handler-that-throws", "escapes", ScriptStatus.Rejected, """
            var local = new System.Threading.AsyncLocal<int>(change => { if (change.ThreadContextChanged) throw new InvalidOperationException("context switch"); });
            local.Value = 1;
            async Task F() { await Task.Yield(); }
            await F();
            return 1;
            """, Policy: DenylistOnly, Rule: "COC0002"),
        // Overlapping reference fields read one object as another without unsafe code: a string's length read as an
        // array's (on main at b8cc54b a denylist policy let it run: "succeeded", 5), and from there memory past it.
        new("an-explicit-layout-overlapping-two-references", "escapes", ScriptStatus.Rejected, """
            var u = new U();
            u.S = "hello";
            return u.A.Length;
            [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
            struct U { [System.Runtime.InteropServices.FieldOffset(0)] public string S; [System.Runtime.InteropServices.FieldOffset(0)] public int[] A; }
            """, Policy: DenylistOnly, Rule: "COC0005"),

        // 1. The depth counter ends deep recursion of every shape with recursion_limit, and the stack probe ends what a
        //    raised depth limit or a policy-allowed stackalloc lets through, instead of a stack overflow.
        new("recursion-counting-down", "recursion", ScriptStatus.RecursionLimit, "int F(int n) => n == 0 ? 0 : 1 + F(n - 1); return F(1_000_000);", TimeoutMs: 10_000),
        new("recursion-without-end", "recursion", ScriptStatus.RecursionLimit, "int F(int n) { return F(n + 1); } return F(0);", TimeoutMs: 10_000),
        new("mutual-recursion", "recursion", ScriptStatus.RecursionLimit, "bool Even(int n) => n == 0 || Odd(n - 1); bool Odd(int n) => n != 0 && Even(n - 1); return Even(10_000_000);", TimeoutMs: 10_000),
        new("recursive-lambda", "recursion", ScriptStatus.RecursionLimit, "Func<int, int> f = null; f = n => n == 0 ? 0 : 1 + f(n - 1); return f(1_000_000);", TimeoutMs: 10_000),
        new("recursive-anonymous-method", "recursion", ScriptStatus.RecursionLimit, "Func<int, int> f = null; f = delegate (int n) { return f(n + 1); }; return f(0);", TimeoutMs: 10_000),
        new("recursive-properties", "recursion", ScriptStatus.RecursionLimit, "class Node { public int Depth => Child.Depth + 1; public Node Child => new Node(); } return new Node().Depth;", TimeoutMs: 10_000),
        new("recursive-constructor", "recursion", ScriptStatus.RecursionLimit, "class R { public R() { new R(); } } new R();", TimeoutMs: 10_000),
        new("recursion-in-a-catch", "recursion", ScriptStatus.RecursionLimit, "int F(int n) { try { return F(n + 1); } catch (Exception) { return F(n + 1); } } return F(0);", TimeoutMs: 10_000),
        // Iterators count a level while their MoveNext runs (each resumption enters, each yield leaves): a recursion
        // through nested iterators, through a value an iterator yields, or through async iterators ends at the depth limit.
        new("recursion-through-nested-iterators", "recursion", ScriptStatus.RecursionLimit, "IEnumerable<long> F(long n) { if (n > 0) foreach (var x in F(n - 1)) yield return x; yield return n; }\nreturn F(1_000_000).First();", TimeoutMs: 10_000),
        new("recursion-through-a-value-an-iterator-yields", "recursion", ScriptStatus.RecursionLimit, "IEnumerable<long> F(long n) { yield return n == 0 ? 0 : F(n - 1).First() + 1; }\nreturn F(1_000_000).First();", TimeoutMs: 10_000),
        new("recursion-through-nested-async-iterators", "recursion", ScriptStatus.RecursionLimit, "async IAsyncEnumerable<long> F(long n) { if (n > 0) await foreach (var x in F(n - 1)) yield return x; yield return n; }\nvar e = F(1_000_000).GetAsyncEnumerator();\nawait e.MoveNextAsync();\nreturn e.Current;", TimeoutMs: 10_000),
        new("recursion-of-a-static-script-method", "recursion", ScriptStatus.RecursionLimit, "static int F(int n) => 1 + F(n + 1); return F(0);", TimeoutMs: 10_000),
        new("recursion-entered-from-a-lambda", "recursion", ScriptStatus.RecursionLimit, "int F(int n) => 1 + F(n + 1); var f = () => F(0); return f();", TimeoutMs: 10_000),
        new("recursive-record-tostring", "recursion", ScriptStatus.RecursionLimit, "record P(int X) { public override string ToString() => ToString(); } return new P(1).ToString();", TimeoutMs: 10_000),
        new("stackalloc-in-a-loop-allowed-by-policy", "recursion", ScriptStatus.RecursionLimit, "var total = 0; while (true) { Span<int> chunk = stackalloc int[1000]; total += chunk.Length; }", TimeoutMs: 30_000, Policy: "mode: denylist\ncapability: COC0005 off\n"),
        new("recursion-through-linq-and-a-leaf-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "Func<long, long> leaf = x => x + 1; long F(long n) => Enumerable.Range(0, 1).Select(x => F(leaf(n))).First(); return F(0);", TimeoutMs: 30_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        // An async recursion that never yields nests on the run thread until a raised depth limit (50,000) stops it; the stop then
        // unwinds through every level's await, each a rethrow with the stack trace so far: each level's finally throws it
        // afresh, so the run ends with its status instead of an abandoned thread unwinding for minutes.
        new("async-recursion-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "async System.Threading.Tasks.Task<long> Down(long n) => await Down(n + 1) + 1;\nreturn await Down(0);", TimeoutMs: 60_000, MaxSteps: long.MaxValue, MaxDepth: 50_000),
        new("recursion-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "long F(long n, long a, long b, long c, long d) => F(n + 1, a, b, c, d) + a + b + c + d; return F(0, 1, 2, 3, 4);", TimeoutMs: 30_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        // Direct calls (twins: depth and step credit in registers) probe every frame but a leaf's: a raised limit still ends here.
        new("direct-mutual-recursion-with-a-leaf-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "long L(long x) => x + 1; long E(long n) => O(L(n)) + 1; long O(long n) => E(L(n)) + 2; return E(0);", TimeoutMs: 30_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        new("direct-recursion-of-class-members-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "class C { public long K; public long F(long n, long a, long b, long c, long d, long e, long f) => F(n + 1, a + K, b, c, d, e, f) + a + b + c + d + e + f; } return new C().F(0, 1, 2, 3, 4, 5, 6);", TimeoutMs: 30_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        new("direct-recursion-entered-from-a-lambda-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "static long F(long n) => 1 + F(n + 1); Func<long> f = () => F(0); return f();", TimeoutMs: 30_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        new("direct-recursion-on-a-pool-thread-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "static long F(long n) => 1 + F(n + 1); return System.Threading.Tasks.Task.Run(() => F(0)).Result;", TimeoutMs: 30_000, Policy: ThreadsAllowed, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        // Under a policy that allows threads each thread gets MaxDepth levels of its own (ScriptGuard.Threads.cs): eight tasks
        // released together, each recursing (a function that enters the guard, and twins) to exactly the limit, succeed (on
        // main at ec6204d their levels were summed and the run stopped), and one level more stops.
        // (In the stack class: the recursion class's test expects recursion_limit of every case.)
        new("eight-threads-each-at-the-depth-limit", "stack", ScriptStatus.Succeeded, EightThreadsRecursing(118), TimeoutMs: 30_000, Policy: ThreadsAllowed, MaxDepth: 120),
        new("eight-threads-each-one-level-past-the-depth-limit", "recursion", ScriptStatus.RecursionLimit, EightThreadsRecursing(119), TimeoutMs: 30_000, Policy: ThreadsAllowed, MaxDepth: 120),
        // A twin's stack is probed only once a chain nears the probed floor by its frames' bound (ScriptGuard.EnterChain):
        // a twin with many locals (a bigger bound), and chains entered ever deeper through library frames, still end here.
        new("direct-recursion-with-many-locals-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "long F(long n) { long v0 = n + 1; long v1 = v0 * 3 + n; long v2 = v1 * 3 + n; long v3 = v2 * 3 + n; long v4 = v3 * 3 + n; long v5 = v4 * 3 + n; long v6 = v5 * 3 + n; long v7 = v6 * 3 + n; long v8 = v7 * 3 + n; long v9 = v8 * 3 + n; long v10 = v9 * 3 + n; long v11 = v10 * 3 + n; long v12 = v11 * 3 + n; long v13 = v12 * 3 + n; long v14 = v13 * 3 + n; long v15 = v14 * 3 + n; long v16 = v15 * 3 + n; long v17 = v16 * 3 + n; long v18 = v17 * 3 + n; long v19 = v18 * 3 + n; long v20 = v19 * 3 + n; long v21 = v20 * 3 + n; long v22 = v21 * 3 + n; long v23 = v22 * 3 + n; long v24 = v23 * 3 + n; return F(v0) + v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18 + v19 + v20 + v21 + v22 + v23 + v24; } return F(0);", TimeoutMs: 30_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        // Twins ask to be inlined: a twin whose frame holds many inlined copies of a twin with many locals still stops at the stack.
        new("direct-recursion-inlining-many-large-twins-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "long H(long n) { long v0 = n + 1; long v1 = v0 * 3 + n; long v2 = v1 * 3 + n; long v3 = v2 * 3 + n; long v4 = v3 * 3 + n; long v5 = v4 * 3 + n; long v6 = v5 * 3 + n; long v7 = v6 * 3 + n; long v8 = v7 * 3 + n; long v9 = v8 * 3 + n; long v10 = v9 * 3 + n; long v11 = v10 * 3 + n; long v12 = v11 * 3 + n; long v13 = v12 * 3 + n; long v14 = v13 * 3 + n; long v15 = v14 * 3 + n; long v16 = v15 * 3 + n; long v17 = v16 * 3 + n; long v18 = v17 * 3 + n; long v19 = v18 * 3 + n; long v20 = v19 * 3 + n; long v21 = v20 * 3 + n; long v22 = v21 * 3 + n; long v23 = v22 * 3 + n; long v24 = v23 * 3 + n; return v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18 + v19 + v20 + v21 + v22 + v23 + v24; } long G(long n) => H(n + 0) + H(n + 1) + H(n + 2) + H(n + 3) + H(n + 4) + H(n + 5) + H(n + 6) + H(n + 7); long F(long n) => F(n + 1) + G(n + 0) + G(n + 1) + G(n + 2) + G(n + 3) + G(n + 4) + G(n + 5) + G(n + 6) + G(n + 7); return F(0);", TimeoutMs: 30_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        // The twins' frame bound against the lowest probed floor: a twin inlined into itself at eight call sites, a twin
        // the JIT may inline into its caller's frame thirty times (only a twin no other twin calls asks to be), forty
        // arguments (on the stack past the registers).
        new("direct-recursion-inlining-itself-eight-times-below-a-lowered-floor-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, LowerTheFloor + "long F(long n) => n < 0 ? 0 : F(n + 1) + F(n + 2) + F(n + 3) + F(n + 4) + F(n + 5) + F(n + 6) + F(n + 7) + F(n + 8); return F(0);", TimeoutMs: 60_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        new("direct-recursion-calling-a-small-twin-thirty-times-below-a-lowered-floor-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, LowerTheFloor + "long H(long n) { long v0 = n + 1; long v1 = v0 * 3 + n; long v2 = v1 * 3 + n; long v3 = v2 * 3 + n; long v4 = v3 * 3 + n; long v5 = v4 * 3 + n; long v6 = v5 * 3 + n; long v7 = v6 * 3 + n; return v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7; } long F(long n) => F(n + 1) + " + string.Join(" + ", Enumerable.Repeat("H(n)", 30)) + "; return F(0);", TimeoutMs: 60_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        new("direct-recursion-with-forty-arguments-below-a-lowered-floor-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, LowerTheFloor + "long F(" + string.Join(", ", Enumerable.Range(0, 40).Select(i => $"long a{i}")) + ") => F(a0 + 1, " + string.Join(", ", Enumerable.Range(1, 39).Select(i => $"a{i}")) + ") + 1; return F(" + string.Join(", ", Enumerable.Repeat("0", 40)) + ");", TimeoutMs: 60_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        // A twin's frame holds only primitives and references (its bound counts eight bytes a value): a struct's readonly
        // member that calls one that is not copies the struct's this, four KB a frame, and overflowed the stack with no floor
        // lowered; a local copy of a struct field, below a lowered floor. Such functions keep Enter and its probe.
        new("recursion-of-a-struct-member-copying-a-large-this-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "struct S { public long " + string.Join(", ", Enumerable.Range(0, 512).Select(i => $"f{i}")) + "; public readonly long F(long n) => G(n + 1) + f0; public long G(long n) => F(n + 1) + f1; }\nreturn new S().F(0);", TimeoutMs: 60_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        new("recursion-of-a-struct-member-copying-this-below-a-lowered-floor-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, LowerTheFloor + "struct S { public long " + string.Join(", ", Enumerable.Range(0, 128).Select(i => $"f{i}")) + "; public readonly long F(long n) => G(n + 1) + f0; public long G(long n) => F(n + 1) + f1; }\nreturn new S().F(0);", TimeoutMs: 60_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        new("recursion-copying-a-struct-field-to-locals-below-a-lowered-floor-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, LowerTheFloor + "struct S { public long " + string.Join(", ", Enumerable.Range(0, 512).Select(i => $"f{i}")) + "; }\nS big;\nlong F(long n) { S c = big; S d = c; big = d; return F(n + 1) + n; }\nreturn F(0);", TimeoutMs: 60_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        // Mutual recursion around a ring of fifty twins (each called by another: none asks to be inlined).
        new("direct-recursion-around-a-ring-of-fifty-functions-below-a-lowered-floor-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, LowerTheFloor + string.Concat(Enumerable.Range(0, 50).Select(i => $"long F{i}(long n) => 1 + F{(i + 1) % 50}(n + 1); ")) + "return F0(0);", TimeoutMs: 60_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        new("direct-recursion-entered-ever-deeper-under-a-huge-depth-limit", "recursion", ScriptStatus.RecursionLimit, "long G(long n) => n <= 0 ? 0 : 1 + G(n - 1); long F(long n) => Enumerable.Range(0, 1).Select(x => G(300) + F(n + 1)).First(); return F(0);", TimeoutMs: 30_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),

        // 5. Output goes to the run's bounded writer, never to the host's Console.Out (in the child host, that is its
        //    request channel: a write there shows as a dead child).
        new("output-flood", "output", ScriptStatus.OutputLimit, "while (true) { Console.WriteLine(\"flood\"); }", TimeoutMs: 10_000),

        // 1. Nothing on the stack below the guards' probe: large value types and frames are refused, record chains are bounded.
        new("struct-of-a-few-megabytes-in-recursion", "stack", ScriptStatus.Rejected, """
            struct A { public long a, b, c, d, e, f, g, h; }
            struct B { public A a, b, c, d, e, f, g, h; }
            struct C { public B a, b, c, d, e, f, g, h; }
            struct D { public C a, b, c, d, e, f, g, h; }
            struct E { public D a, b, c, d, e, f, g, h; }
            struct F { public E a, b, c, d, e, f, g, h; }
            long Touch(ref F f, int n) { f.h.h.h.h.h.h = n; return f.a.a.a.a.a.a + f.h.h.h.h.h.h; }
            long R(int n) { F big = default; var t = Touch(ref big, n); return n == 0 ? 0 : R(n - 1) + t; }
            return R(99);
            """),
        new("nested-tuples-in-a-local", "stack", ScriptStatus.Rejected, """
            var t1 = (1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
            var t2 = (t1, t1, t1, t1, t1, t1, t1, t1);
            var t3 = (t2, t2, t2, t2, t2, t2, t2, t2);
            var t4 = (t3, t3, t3, t3, t3, t3, t3, t3);
            long R(int n) { var local = t4; return n == 0 ? local.Item1.Item1.Item1.Item1 : R(n - 1); }
            return R(500);
            """),
        new("many-medium-locals-in-one-frame", "stack", ScriptStatus.Rejected,
            "struct M { public long a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p; }\nlong R(int n) { M "
            + string.Join(", ", Enumerable.Range(0, 600).Select(i => $"x{i} = default"))
            + "; return n == 0 ? x0.a + x599.p : R(n - 1); }\nreturn R(900);"),
        new("generic-recursion-that-doubles-its-argument", "stack", ScriptStatus.Rejected, "long F<T>(T x, int n) => n == 0 ? 0 : F((x, x), n - 1) + 1;\nreturn F(1L, 30);"),
        // Iterators nested past the stack under a depth limit that does not stop them: the entries' stack probe ends them.
        new("iterators-nested-past-the-stack", "stack", ScriptStatus.RecursionLimit, "IEnumerable<long> F(long n) { if (n > 0) foreach (var x in F(n - 1)) yield return x; yield return n; }\nreturn F(3_000_000).First();", TimeoutMs: 30_000, MaxSteps: long.MaxValue, MaxDepth: int.MaxValue),
        new("record-chain-of-100k-hashed", "stack", ScriptStatus.Succeeded, "record Node(Node Next, int V);\nNode a = null;\nfor (var i = 0; i < 100_000; i++) { a = new Node(a, i); }\nreturn a.GetHashCode() == a.GetHashCode();"),
        new("record-chain-hashed", "stack", ScriptStatus.RecursionLimit, "record Node(Node Next, int V);\nNode a = null;\nfor (var i = 0; i < 4_000_000; i++) { a = new Node(a, i); }\nreturn a.GetHashCode();", TimeoutMs: 60_000),
        new("record-chain-printed", "stack", ScriptStatus.RecursionLimit, "record Node(Node Next, int V);\nNode a = null;\nfor (var i = 0; i < 4_000_000; i++) { a = new Node(a, i); }\nreturn a.ToString().Length;", TimeoutMs: 60_000),
        // Record structs have no EqualityContract: their compiler-written members reach the next boxed record struct through
        // EqualityComparer<T>.Default (before the rewrite declared them with a checkpoint, hashing or printing such a chain
        // ended the host with a stack overflow).
        new("record-struct-chain-hashed", "stack", ScriptStatus.RecursionLimit, "record struct Node(object? Next, int V);\nobject? a = null;\nfor (var i = 0; i < 4_000_000; i++) { a = new Node(a, i); }\nreturn a!.GetHashCode();", TimeoutMs: 60_000),
        new("record-struct-chain-printed", "stack", ScriptStatus.RecursionLimit, "record struct Node(object? Next, int V);\nobject? a = null;\nfor (var i = 0; i < 4_000_000; i++) { a = new Node(a, i); }\nreturn a!.ToString()!.Length;", TimeoutMs: 60_000),
        new("record-struct-chain-compared", "stack", ScriptStatus.RecursionLimit, "record struct Node(object? Next, int V);\nobject? a = null, b = null;\nfor (var i = 0; i < 4_000_000; i++) { a = new Node(a, i); b = new Node(b, i); }\nreturn a!.Equals(b);", TimeoutMs: 60_000),
        // Recursion in library code over deep data the script built, no script code at any level (each chain overflowed the
        // 64 MiB run thread the script shared with it and ended the host): the run thread's stack is sized from the run's
        // allocation budget (RunThreads), so a chain the budget lets the script build fits below the script's own share.
        new("anonymous-chain-hashed", "deep-data", ScriptStatus.Succeeded, "object a = null;\nfor (var i = 0; i < 1_000_000; i++) { a = new { Next = a, V = i }; }\nreturn a.GetHashCode() == a.GetHashCode();", TimeoutMs: 60_000),
        new("tuple-chain-hashed", "deep-data", ScriptStatus.Succeeded, "object a = null;\nfor (var i = 0; i < 1_000_000; i++) { a = Tuple.Create(a, i); }\nreturn a.GetHashCode() == a.GetHashCode();", TimeoutMs: 60_000),
        new("boxed-value-tuple-chain-hashed", "deep-data", ScriptStatus.Succeeded, "object a = null;\nfor (var i = 0; i < 3_000_000; i++) { a = (a, i); }\nreturn a.GetHashCode() == a.GetHashCode();", TimeoutMs: 60_000),
        new("boxed-key-value-pair-chains-compared", "deep-data", ScriptStatus.Succeeded, "object a = null, b = null;\nfor (var i = 0; i < 1_500_000; i++) { a = new KeyValuePair<object, int>(a, i); b = new KeyValuePair<object, int>(b, i); }\nreturn a.Equals(b);", TimeoutMs: 60_000),
        // StructuralComparisons' comparers are the guard's: every level of the arrays they walk enters it, as a call does
        // (a self-containing array recursed without end, allocating nothing: no stack held it).
        new("self-containing-array-hashed-structurally", "deep-data", ScriptStatus.RecursionLimit, "var a = new object[1];\na[0] = a;\nreturn System.Collections.StructuralComparisons.StructuralEqualityComparer.GetHashCode(a);", TimeoutMs: 60_000),
        new("self-containing-arrays-compared-structurally", "deep-data", ScriptStatus.RecursionLimit, "using static System.Collections.StructuralComparisons;\nobject[] a = new object[1], b = new object[1];\na[0] = a;\nb[0] = b;\nreturn StructuralComparer.Compare(a, b);", TimeoutMs: 60_000),
        new("nested-arrays-hashed-structurally", "deep-data", ScriptStatus.RecursionLimit, "object a = null;\nfor (var i = 0; i < 1_500_000; i++) { a = new object[] { a }; }\nvar c = System.Collections.StructuralComparisons.StructuralEqualityComparer;\nreturn c.GetHashCode(a) == c.GetHashCode(a);", TimeoutMs: 60_000),
        new("query-operators-chained-two-million-deep", "deep-data", ScriptStatus.Succeeded, "IEnumerable<object> q = new object[] { 1 };\nfor (var i = 0; i < 2_000_000; i++) { q = q.OfType<object>(); }\nreturn q.First();", TimeoutMs: 60_000),
        new("query-operators-chained-by-aggregate", "deep-data", ScriptStatus.Succeeded, "var q = Enumerable.Range(0, 2_000_000).Aggregate((IEnumerable<object>)new object[] { 1 }, (s, i) => s.OfType<object>());\nreturn q.First();", TimeoutMs: 60_000),
        new("anonymous-chain-built-to-the-budget-then-hashed", "deep-data", ScriptStatus.MemoryLimit, "object a = null;\nfor (var i = 0; i < 20_000_000; i++) { a = new { Next = a, V = i }; }\nreturn a.GetHashCode();", TimeoutMs: 60_000),
        new("json-max-depth-raised", "stack", ScriptStatus.RuntimeError, """
            var options = new System.Text.Json.JsonSerializerOptions { MaxDepth = 2_000_000 };
            var json = new string('[', 500_000) + new string(']', 500_000);
            return System.Text.Json.JsonSerializer.Deserialize<List<object>>(json, options) is null;
            """, TimeoutMs: 30_000),

        // 4. One call never allocates far past the budget: sizes, capacities, widths, exponents and amplifications are checked first.
        new("array-of-large-structs", "memory", ScriptStatus.MemoryLimit, "struct Big { public long a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p; }\nvar arr = new Big[9_000_000];\nreturn arr.Length;"),
        new("array-create-instance-dimensions", "memory", ScriptStatus.MemoryLimit, "var a = Array.CreateInstance(typeof(long), new[] { 20000, 20000 });\nreturn a.Length;"),
        new("multidimensional-array", "memory", ScriptStatus.MemoryLimit, "var n = 6000;\nvar grid = new long[n, n];\nreturn grid.Length;"),
        new("string-builder-capacity", "memory", ScriptStatus.MemoryLimit, "var sb = new StringBuilder();\nsb.Capacity = 9_000_000 * 20;\nreturn sb.Capacity;"),
        new("immutable-array-builder", "memory", ScriptStatus.MemoryLimit, "var b = System.Collections.Immutable.ImmutableArray.CreateBuilder<(long, long, long, long)>(9_000_000);\nreturn b.Capacity;"),
        new("format-alignment", "memory", ScriptStatus.MemoryLimit, "return string.Format(\"{0,\" + 900_000_000 + \"}\", 1).Length;"),
        new("interpolation-alignment", "memory", ScriptStatus.MemoryLimit, "var n = 1;\nreturn $\"{n,900000000}\".Length;"),
        new("numeric-format-precision", "memory", ScriptStatus.MemoryLimit, "return 1.ToString(\"D\" + 900_000_000).Length;"),
        new("join-of-one-string-many-times", "memory", ScriptStatus.MemoryLimit, "var big = new string('x', 10_000_000);\nvar arr = Enumerable.Repeat(big, 100).ToArray();\nreturn string.Join(\",\", arr).Length;"),
        new("concat-of-a-repetition", "memory", ScriptStatus.MemoryLimit, "var big = new string('x', 10_000_000);\nreturn string.Concat(Enumerable.Repeat(big, 100)).Length;"),
        new("replace-amplification", "memory", ScriptStatus.MemoryLimit, "var s = new string('a', 1_000_000);\nreturn s.Replace(\"a\", new string('b', 1000)).Length;"),
        new("conditional-replace-amplification", "memory", ScriptStatus.MemoryLimit, "string s = new string('a', 1_000_000);\nreturn s?.Replace(\"a\", new string('b', 1000))?.Length;"),
        new("regex-replace-with-the-whole-input", "memory", ScriptStatus.MemoryLimit, "var s = new string('a', 1_000_000);\nreturn Regex.Replace(s, \"a\", \"$_\").Length;"),
        new("concatenation-of-one-string-many-times", "memory", ScriptStatus.MemoryLimit, "var s = new string('x', 4_000_000);\nvar t = " + string.Join(" + ", Enumerable.Repeat("s", 100)) + ";\nreturn t.Length;"),
        new("biginteger-pow-with-a-large-base", "memory", ScriptStatus.MemoryLimit, "var b = System.Numerics.BigInteger.Pow(new System.Numerics.BigInteger(ulong.MaxValue), 100_000_000);\nreturn b.IsZero;"),
        new("biginteger-shift", "memory", ScriptStatus.MemoryLimit, "var x = System.Numerics.BigInteger.One << int.MaxValue;\nreturn x.IsZero;"),
        new("biginteger-parse-exponent", "memory", ScriptStatus.MemoryLimit, "return System.Numerics.BigInteger.Parse(\"1e300000000\", System.Globalization.NumberStyles.Float).IsZero;"),
        new("memory-stream-position", "memory", ScriptStatus.MemoryLimit, "var ms = new System.IO.MemoryStream();\nms.Position = int.MaxValue - 100;\nms.WriteByte(1);\nreturn ms.Length;"),
        new("huge-compiled-regex-alternation", "memory", ScriptStatus.MemoryLimit, "var r = new Regex(string.Join(\"|\", Enumerable.Range(0, 100000).Select(i => \"w\" + i)), RegexOptions.Compiled);\nreturn r.IsMatch(\"w5\");"),
        new("budget-checked-after-the-last-checkpoint", "memory", ScriptStatus.MemoryLimit, "var l = new List<long>(Enumerable.Repeat(1L, 9_000_000));\nreturn l.ToArray().Length + l.ToArray().Length + l.ToArray().Length;"),
        // One call that repeats a string the script holds, each a gigabyte past the budget before this was checked.
        new("join-of-one-string-written-out-many-times", "memory", ScriptStatus.MemoryLimit, "var big = new string('x', 10_000_000);\nreturn string.Join(\",\", " + string.Join(", ", Enumerable.Repeat("big", 60)) + ").Length;"),
        new("concat-of-one-string-written-out-many-times", "memory", ScriptStatus.MemoryLimit, "var big = new string('x', 10_000_000);\nreturn string.Concat(" + string.Join(", ", Enumerable.Repeat("big", 60)) + ").Length;"),
        new("append-join-of-a-repetition", "memory", ScriptStatus.MemoryLimit, "var big = new string('x', 10_000_000);\nvar sb = new StringBuilder();\nsb.AppendJoin(\",\", Enumerable.Repeat(big, 60));\nreturn sb.Length;"),
        new("format-repeating-one-argument", "memory", ScriptStatus.MemoryLimit, "var big = new string('x', 10_000_000);\nvar format = string.Concat(Enumerable.Repeat(\"{0}\", 60));\nreturn string.Format(format, big).Length;"),
        new("append-format-repeating-arguments", "memory", ScriptStatus.MemoryLimit, "var big = new string('x', 10_000_000);\nvar sb = new StringBuilder();\nsb.AppendFormat(\"" + string.Concat(Enumerable.Repeat("{0}{1}{2}{3}", 15)) + "\", big, big, big, big);\nreturn sb.Length;"),
        new("composite-format-repeating-one-argument", "memory", ScriptStatus.MemoryLimit, "var big = new string('x', 10_000_000);\nvar format = CompositeFormat.Parse(string.Concat(Enumerable.Repeat(\"{0}\", 60)));\nreturn string.Format(null, format, big).Length;"),
        new("write-repeating-one-argument", "memory", ScriptStatus.MemoryLimit, "var big = new string('x', 10_000_000);\nConsole.Write(string.Concat(Enumerable.Repeat(\"{0}\", 60)), big);\nreturn 1;"),
        // A collection expression sizes its result from its spreads' counts and fills it in one go: on main at b8cc54b
        // thirty spreads of a 40 MB array allocated 3.8 GB (2.5 GB resident) before the next checkpoint, and sixty of a
        // string of 9 million characters into a list ran past the deadline in the compiler's own loop, its thread
        // abandoned; now each spread is checked as if every element were that one (1.1 GB: refused before).
        new("collection-expression-spreading-one-array-many-times", "memory", ScriptStatus.MemoryLimit, "var a = new int[10_000_000];\nint[] b = [" + string.Join(", ", Enumerable.Repeat(".. a", 30)) + "];\nreturn b.Length;"),
        new("collection-expression-spreading-one-string-many-times", "memory", ScriptStatus.MemoryLimit, "var s = new string('x', 9_000_000);\nList<char> all = [" + string.Join(", ", Enumerable.Repeat(".. s", 60)) + "];\nreturn all.Count;"),
        new("result-that-shares-its-references", "memory", ScriptStatus.RuntimeError, "object o = 1;\nfor (var i = 0; i < 40; i++) { o = new object[] { o, o }; }\nreturn o;", TimeoutMs: 60_000),

        // 3. Checkpoints reach every place script code runs: query clauses are lambdas the compiler writes.
        new("query-in-top-level-code", "checkpoints", ScriptStatus.Timeout, "return " + SpinningQuery + ".Count();", MaxSteps: QuerySteps),
        new("query-in-a-catch-filter", "checkpoints", ScriptStatus.Timeout, "try { throw new Exception(); } catch (Exception) when (" + SpinningQuery + ".Any()) { }\nreturn 1;", MaxSteps: QuerySteps),
        new("query-in-an-exception-message", "checkpoints", ScriptStatus.RuntimeError, "class Slow : Exception { public override string Message => " + SpinningQuery + ".Count().ToString(); }\nthrow new Slow();", MaxSteps: QuerySteps),
        new("query-in-the-returned-value", "checkpoints", ScriptStatus.Timeout, "return " + SpinningQuery + ";", MaxSteps: QuerySteps),
        new("query-in-a-static-field-initializer", "checkpoints", ScriptStatus.Timeout, "class C { public static int N = " + SpinningQuery + ".Count(); }\nreturn C.N;", MaxSteps: QuerySteps),
        new("query-in-an-awaited-async-lambda", "checkpoints", ScriptStatus.Timeout, "Func<System.Threading.Tasks.Task<int>> f = async () => { await System.Threading.Tasks.Task.Yield(); return " + SpinningQuery + ".Count(); };\nreturn await f();", MaxSteps: QuerySteps),
        new("query-in-a-fire-and-forget-async-lambda", "checkpoints", ScriptStatus.Succeeded, "Func<System.Threading.Tasks.Task> spin = async () => { await System.Threading.Tasks.Task.Yield(); " + SpinningQuery + ".Count(); };\n_ = spin();\nreturn 1;", MaxSteps: QuerySteps),
        // A static Regex.IsMatch site made hot (so compiled), then given a catastrophic input: its match timeout is still the time left.
        new("regex-hot-site-then-catastrophic-backtracking", "checkpoints", ScriptStatus.Timeout, "var hits = 0;\nfor (var i = 0; i < 10_000; i++) { if (Regex.IsMatch(i < 9_000 ? \"aaa\" : new string('a', 40) + \"!\", \"^(a+)+$\")) hits++; }\nreturn hits;"),
        new("blocks-the-thread-pool", "checkpoints", ScriptStatus.Succeeded, """
            var never = new System.Threading.ManualResetEventSlim(false);
            var started = false;
            for (var i = 0; i < 500; i++) { System.Threading.Tasks.Task.Run(() => { started = true; never.Wait(); }); }
            while (!started) { never.Wait(1); }
            async System.Threading.Tasks.Task<int> Later() { await System.Threading.Tasks.Task.Yield(); return 42; }
            return await Later();
            """, TimeoutMs: 20_000, Policy: ThreadsAllowed),
    ];

    /// <summary>
    /// The cases the worker tests run too, a few per class: the worker runs this same code path behind its OS
    /// limits, and every run that hits a limit costs a fresh worker.
    /// </summary>
    public static IReadOnlySet<string> InWorker { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "message-throws", "key-tostring-throws-in-the-result", "output-flood",
        "query-in-top-level-code", "query-in-a-fire-and-forget-async-lambda", "blocks-the-thread-pool",
        "struct-of-a-few-megabytes-in-recursion", "record-chain-hashed", "iterators-nested-past-the-stack",
        "direct-recursion-inlining-itself-eight-times-below-a-lowered-floor-under-a-huge-depth-limit",
        "recursion-of-a-struct-member-copying-a-large-this-under-a-huge-depth-limit",
        "array-of-large-structs", "join-of-one-string-many-times", "format-alignment", "result-that-shares-its-references",
        "eight-threads-each-at-the-depth-limit", "eight-threads-each-one-level-past-the-depth-limit",
    };

    public static ContainmentCase Named(string name) => All.Single(c => c.Name == name);

    public static TheoryData<string> Names(string containmentClass)
    {
        var data = new TheoryData<string>();
        foreach (ContainmentCase item in All.Where(c => c.Class == containmentClass))
        {
            data.Add(item.Name);
        }

        return data;
    }
}
