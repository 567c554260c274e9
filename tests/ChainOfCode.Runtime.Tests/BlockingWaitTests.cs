namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// A script that blocks on a task (<c>.Result</c>, <c>.Wait()</c>): the continuations it waits for are posted to the
/// run's own thread, so the guard runs them there until the task completes (<c>ScriptGuard.Completed</c>).
/// </summary>
public sealed class BlockingWaitTests
{
    [Theory]
    [InlineData("async Task<int> F() { await Task.Yield(); return 3; }\nreturn F().Result;")]
    [InlineData("int n = 0;\nasync Task G() { await Task.Yield(); n = 3; }\nG().Wait();\nreturn n;")]
    [InlineData("async Task<int> F() { await Task.Yield(); await Task.Yield(); return 3; }\nvar t = F();\nt.Wait();\nreturn t.Result;")]
    [InlineData("async Task<int> F(int d) => d == 0 ? 0 : 1 + await F(d - 1).ConfigureAwait(true);\nreturn F(3).Result;")]
    public async Task A_script_that_blocks_on_its_own_async_work_gets_the_value(string code)
    {
        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign });

        Scripts.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal(3, Scripts.Value(result).GetInt32());
    }

    [Fact]
    public async Task A_wait_on_work_that_never_ends_stops_at_a_checkpoint_instead_of_abandoning_the_thread()
    {
        ScriptResult result = await Scripts.RunHostileAsync("""
            async Task Forever() { while (true) { await Task.Yield(); } }
            Forever().Wait();
            return 1;
            """);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.DoesNotContain("abandoned", result.Error, StringComparison.Ordinal);
    }
}
