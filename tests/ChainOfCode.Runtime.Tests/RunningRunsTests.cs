namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// <see cref="RunThreads.Running"/>: the tests that read process-wide counts wait on it for the runs earlier tests
/// abandoned. Alone: the wait for none running must not see other classes' runs start.
/// </summary>
[Collection(UnloadTests.Alone)]
public sealed class RunningRunsTests
{
    [Fact]
    public void A_run_counts_as_running_until_its_thread_comes_back()
    {
        using var release = new ManualResetEventSlim();
        using var entered = new ManualResetEventSlim();
        RunThreads.Start(
            () =>
            {
                entered.Set();
                release.Wait();
            },
            "coc-test");
        entered.Wait();

        bool noneWhileBlocked = RunThreads.WaitUntilNoneRunning(TimeSpan.Zero);
        release.Set();

        Assert.False(noneWhileBlocked, "no run counted while one was blocked on its thread");
        Assert.True(RunThreads.WaitUntilNoneRunning(TimeSpan.FromMinutes(2)), $"{RunThreads.Running} run(s) still running 2 minutes after the last was released");
    }
}
