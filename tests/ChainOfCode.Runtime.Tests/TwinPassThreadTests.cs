using ChainOfCode.Analyzers.Scripts;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The gate's twin pass on a second thread (what <see cref="ScriptGate.Check(string, GateOptions?, CancellationToken)"/> does
/// with a second core): the same findings, in the same order, as the pass after the script's on the caller's thread.
/// </summary>
public sealed class TwinPassThreadTests
{
    public static TheoryData<string> Scripts() => new()
    {
        "var words = \"a b a\".Split(' ');\nvar counts = new Dictionary<string, int>();\nforeach (var w in words) { counts[w] = counts.GetValueOrDefault(w) + 1; }\nreturn counts.OrderByDescending(p => p.Value).First().Key;",
        "var text = System.IO.File.ReadAllText(\"/etc/passwd\");\nSystem.Diagnostics.Process.Start(\"sh\");\nreturn text;",
        "int Twice(int n) => n * 2;\nfor (var i = 0; i < 3; i++) { System.IO.File.Delete(\"x\" + Twice(i)); }\nvar client = new System.Net.Http.HttpClient();",
        "async void Fire() { await System.Threading.Tasks.Task.Yield(); }\nFire();\nvar __cocX = 1;",
        "long F<T>(T x, int n) => n == 0 ? 0 : F((x, x), n - 1) + 1;\nreturn F(1L, 30);",
        "int x = \"text\";\nreturn y;",
        "class C { ~C() { } }\nvar t = Type.GetType(\"System.IO.File\");",
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_twin_pass_on_another_thread_gives_the_same_findings_in_the_same_order(string code)
    {
        ScriptVettingResult alone = Vet(code, concurrently: null);
        ScriptVettingResult beside = Vet(code, pass => new Thread(() => pass(), 64 * 1024 * 1024) { IsBackground = true }.Start());

        Assert.Equal(alone.IsRejected, beside.IsRejected);
        Assert.Equal(alone.HasCompileErrors, beside.HasCompileErrors);
        Assert.Equal(Describe(alone), Describe(beside));
    }

    [Fact]
    public void The_verdict_has_the_findings_of_the_twin_pass_run_on_its_thread()
    {
        // HttpClient's assembly is not among the script's references: the script compilation has a compile error
        // there, and only the twin (which sees it) names the capability (COC0003).
        int caller = Environment.CurrentManagedThreadId;
        int ranOn = 0;

        ScriptVettingResult result = Vet("var client = new System.Net.Http.HttpClient();", pass => new Thread(
            () =>
            {
                ranOn = Environment.CurrentManagedThreadId;
                pass();
            },
            64 * 1024 * 1024) { IsBackground = true }.Start());

        Assert.NotEqual(0, ranOn);
        Assert.NotEqual(caller, ranOn);
        Assert.True(result.HasCompileErrors);
        Assert.Contains(result.Findings, f => f.Id == "COC0003");
    }

    [Fact]
    public void A_twin_pass_its_thread_has_not_started_is_run_by_the_caller()
    {
        Action? offered = null;

        // Offered to a thread that never starts it: the caller runs it after its own passes (no waiting).
        ScriptVettingResult result = Vet("var client = new System.Net.Http.HttpClient();", pass => offered = pass);

        Assert.Contains(result.Findings, f => f.Id == "COC0003");
        Assert.NotNull(offered);
        offered!(); // a thread that starts it late finds it taken and returns
        Assert.Equal(Describe(Vet("var client = new System.Net.Http.HttpClient();", concurrently: null)), Describe(result));
    }

    private static ScriptVettingResult Vet(string code, Action<Action>? concurrently)
    {
        GateOptions options = GateOptions.Default;
        return ScriptVetting.Vet(code, string.Empty, options.Policy, options.MaxSourceLength, options.MaxNesting, ScriptReferences.Environment, CancellationToken.None, shape: null, concurrently);
    }

    private static string[] Describe(ScriptVettingResult result) =>
        result.Findings.Select(f => $"{f.Id} {f.Severity} {f.Location.SourceSpan} {f.Message}").ToArray();
}
