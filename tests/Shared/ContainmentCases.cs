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

    // A query that spins for minutes unless its clauses pass checkpoints.
    private const string SpinningQuery = "(from x in Enumerable.Range(0, 10_000_000) from y in Enumerable.Range(0, 10_000_000) where x + y < 0 select x)";

    // Lets the script reach the thread pool (Task.Run), as a host's own policy may.
    private const string ThreadsAllowed = "mode: denylist\ncapability: COC0007 off\n";

    public static IReadOnlyList<ContainmentCase> All { get; } =
    [
        // 1. The host reads no script-controlled member unprotected: an exception's Message, in the error, a filter, a result.
        new("message-throws", "host-reads", ScriptStatus.RuntimeError, Evil + "throw new Evil();"),
        new("message-loops", "host-reads", ScriptStatus.RuntimeError, "class Spin : Exception { public override string Message { get { while (true) { } } } }\nthrow new Spin();"),
        new("message-recurses", "host-reads", ScriptStatus.RuntimeError, "class Deep : Exception { public override string Message => Message; }\nthrow new Deep();"),
        new("message-allocates", "host-reads", ScriptStatus.RuntimeError, "class Fat : Exception { public override string Message { get { var s = \"x\"; while (true) { s += s; } } } }\nthrow new Fat();"),
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

        // 3. Checkpoints reach every place script code runs: query clauses are lambdas the compiler writes.
        new("query-in-top-level-code", "checkpoints", ScriptStatus.Timeout, "return " + SpinningQuery + ".Count();"),
        new("query-in-a-catch-filter", "checkpoints", ScriptStatus.Timeout, "try { throw new Exception(); } catch (Exception) when (" + SpinningQuery + ".Any()) { }\nreturn 1;"),
        new("query-in-an-exception-message", "checkpoints", ScriptStatus.RuntimeError, "class Slow : Exception { public override string Message => " + SpinningQuery + ".Count().ToString(); }\nthrow new Slow();"),
        new("query-in-the-returned-value", "checkpoints", ScriptStatus.Timeout, "return " + SpinningQuery + ";"),
        new("query-in-a-static-field-initializer", "checkpoints", ScriptStatus.Timeout, "class C { public static int N = " + SpinningQuery + ".Count(); }\nreturn C.N;"),
        new("query-in-an-awaited-async-lambda", "checkpoints", ScriptStatus.Timeout, "Func<System.Threading.Tasks.Task<int>> f = async () => { await System.Threading.Tasks.Task.Yield(); return " + SpinningQuery + ".Count(); };\nreturn await f();"),
        new("query-in-a-fire-and-forget-async-lambda", "checkpoints", ScriptStatus.Succeeded, "Func<System.Threading.Tasks.Task> spin = async () => { await System.Threading.Tasks.Task.Yield(); " + SpinningQuery + ".Count(); };\n_ = spin();\nreturn 1;"),
        new("blocks-the-thread-pool", "checkpoints", ScriptStatus.Succeeded, """
            var never = new System.Threading.ManualResetEventSlim(false);
            var started = false;
            for (var i = 0; i < 500; i++) { System.Threading.Tasks.Task.Run(() => { started = true; never.Wait(); }); }
            while (!started) { }
            async System.Threading.Tasks.Task<int> Later() { await System.Threading.Tasks.Task.Yield(); return 42; }
            return await Later();
            """, Policy: ThreadsAllowed),
    ];

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
