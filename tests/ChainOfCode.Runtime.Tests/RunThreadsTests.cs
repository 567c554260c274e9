using System.Globalization;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The runs' threads are reused (<see cref="RunThreads"/>): a run must see its starter's context, as on a thread of its
/// own, and nothing a run left in its thread's context may reach the next run on the same thread.
/// </summary>
[Collection(UnloadTests.Alone)] // Idle threads are counted process-wide: no other test's runs while these count them.
public sealed class RunThreadsTests
{
    private static readonly AsyncLocal<string?> Marker = new();

    [Fact]
    public void A_run_sees_the_context_of_the_code_that_started_it()
    {
        Marker.Value = "starter";
        try
        {
            Assert.Equal("starter", OnRunThread(() => Marker.Value).Value);
        }
        finally
        {
            Marker.Value = null;
        }
    }

    [Fact]
    public void What_a_run_leaves_in_its_threads_context_is_gone_for_the_next_run_on_that_thread()
    {
        CultureInfo culture = CultureInfo.CurrentCulture;
        var reused = 0;
        // Other tests' runs share the idle threads: a pair lands on one thread most of the time, not always.
        for (int attempt = 0; attempt < 20 && reused < 3; attempt++)
        {
            (int thread, _) = OnRunThread(() =>
            {
                Marker.Value = "left behind";
                CultureInfo.CurrentCulture = new CultureInfo(culture.Name == "fr-FR" ? "de-DE" : "fr-FR");
                SynchronizationContext.SetSynchronizationContext(new SynchronizationContext());
                return 0;
            });

            (int next, (string? Marker, string Culture, bool SynchronizationContext) seen) = OnRunThread(
                () => (Marker.Value, CultureInfo.CurrentCulture.Name, SynchronizationContext.Current is not null));

            Assert.Equal((null, culture.Name, false), seen);
            reused += next == thread ? 1 : 0;
        }

        Assert.True(reused > 0, "No run was given the thread of the run before it.");
    }

    [Fact]
    public async Task A_run_thread_waits_for_the_next_run_of_its_stack_size_while_threads_of_other_sizes_wait()
    {
        // Stack sizes no budget gives (a page over the script's share), so that no other test's runs take these threads.
        int other = RunThreads.ScriptStackBytes + Environment.SystemPageSize;
        int own = RunThreads.ScriptStackBytes + (2 * Environment.SystemPageSize);

        // Room under the cap of every size for both sizes' threads: earlier tests' idle threads leave within the idle timeout.
        Assert.True(
            SpinWait.SpinUntil(() => RunThreads.IdleCount < RunThreads.MaxIdleInAll - RunThreads.MaxIdle, TimeSpan.FromSeconds(30)),
            "Earlier tests' threads still fill the idle cap.");

        // As many threads of the other size as may wait idle, each run holding its thread until all have started.
        using var started = new CountdownEvent(RunThreads.MaxIdle);
        var ended = new Task[RunThreads.MaxIdle];
        for (int i = 0; i < ended.Length; i++)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            ended[i] = done.Task;
            RunThreads.Start(
                () =>
                {
                    started.Signal();
                    started.Wait();
                    done.SetResult();
                },
                "coc-test",
                other);
        }

        await Task.WhenAll(ended);
        Assert.True(
            SpinWait.SpinUntil(() => RunThreads.IdleCountOf(other) == RunThreads.MaxIdle, TimeSpan.FromSeconds(30)),
            "The other size's threads did not all wait idle.");

        var ownDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        RunThreads.Start(ownDone.SetResult, "coc-test", own);
        await ownDone.Task;

        Assert.True(
            SpinWait.SpinUntil(() => RunThreads.IdleCountOf(own) == 1, TimeSpan.FromSeconds(30)),
            "The thread exited because threads of another stack size were waiting.");
    }

    [Fact]
    public void No_more_threads_of_one_stack_size_wait_idle_than_the_cap()
    {
        // A size no budget gives; one more run than may wait idle, its threads ending one after another.
        int size = RunThreads.ScriptStackBytes + (3 * Environment.SystemPageSize);
        Thread[] threads = RunHeldThenEndOneByOne(size, RunThreads.MaxIdle + 1);

        // (Fewer when other tests' idle threads fill the cap of every size.)
        Assert.True(RunThreads.IdleCountOf(size) <= RunThreads.MaxIdle, $"{RunThreads.IdleCountOf(size)} threads of one size wait idle.");
        Assert.False(threads[^1].IsAlive, "The thread past the cap went to wait for a run.");
    }

    [Fact]
    public async Task No_more_threads_of_every_stack_size_together_wait_idle_than_four_times_the_cap()
    {
        // Five sizes no budget gives, deep enough to retire a thread (below): each fills its own cap, one after another.
        int[] sizes = [.. Enumerable.Range(0, 5).Select(k => RunThreads.StackBytes(RunLimits.Default.MaxAllocatedBytes) + ((4 + k) * Environment.SystemPageSize))];
        foreach (int size in sizes)
        {
            RunHeldThenEndOneByOne(size, RunThreads.MaxIdle);
        }

        int waiting = sizes.Sum(RunThreads.IdleCountOf);
        try
        {
            // Other tests' idle threads count too, so there may be fewer of these; never more than every size's cap.
            Assert.True(waiting <= 4 * RunThreads.MaxIdle, $"{waiting} threads of these sizes wait idle.");
        }
        finally
        {
            // Hand each idle thread a run that goes below the script's share: it exits, and leaves the cap to the other tests
            // (on Linux; elsewhere they exit after their idle timeout).
            foreach (int size in OperatingSystem.IsLinux() ? sizes : [])
            {
                while (RunThreads.IdleCountOf(size) > 0)
                {
                    long before = RunThreads.Retired;
                    var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
                    RunThreads.Start(() => done.SetResult(RecurseWide(80 * 1024)), "coc-test", size);
                    Assert.Equal(0, await done.Task);
                    Assert.True(SpinWait.SpinUntil(() => RunThreads.Retired > before, TimeSpan.FromSeconds(30)), "The thread did not exit.");
                }
            }
        }
    }

    // Starts count runs of a stack of stackBytes, each held until all have started; then lets them end one at a time,
    // each once the one before has gone to wait idle or exited. The runs' threads.
    private static Thread[] RunHeldThenEndOneByOne(int stackBytes, int count)
    {
        var threads = new Thread[count];
        var release = new ManualResetEventSlim[count];
        using var started = new CountdownEvent(count);
        for (int i = 0; i < count; i++)
        {
            int index = i;
            release[i] = new ManualResetEventSlim();
            RunThreads.Start(
                () =>
                {
                    threads[index] = Thread.CurrentThread;
                    started.Signal();
                    release[index].Wait();
                },
                "coc-test",
                stackBytes);
        }

        Assert.True(started.Wait(TimeSpan.FromSeconds(30)), "The runs did not all start.");
        for (int i = 0; i < count; i++)
        {
            int idle = RunThreads.IdleCountOf(stackBytes);
            release[i].Set();
            Thread thread = threads[i];
            Assert.True(
                SpinWait.SpinUntil(() => RunThreads.IdleCountOf(stackBytes) > idle || !thread.IsAlive, TimeSpan.FromSeconds(30)),
                "A run's thread neither waited idle nor exited.");
            release[i].Dispose();
        }

        return threads;
    }

    [Fact]
    public void A_run_thread_has_the_runs_stack()
    {
        (_, int depth) = OnRunThread(() => Recurse(20_000));
        Assert.Equal(20_000, depth);
    }

    [Fact]
    public async Task A_run_thread_whose_run_went_below_the_scripts_share_of_its_stack_exits_and_gives_its_pages_back()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Elsewhere the thread keeps what it touched until it exits (docs/runtime.md).
        }

        Assert.True(RunThreads.StackBytes(RunLimits.Default.MaxAllocatedBytes) > RunThreads.ScriptStackBytes + (32 << 20));
        long before = RunThreads.Retired;

        // 1 KiB a level: 80 MiB, below the script's 64 MiB (as library code walking deep data goes).
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        RunThreads.Start(() => done.SetResult(RecurseWide(80 * 1024)), "coc-test");

        Assert.Equal(0, await done.Task);
        Assert.True(SpinWait.SpinUntil(() => RunThreads.Retired > before, TimeSpan.FromSeconds(30)), "The thread went back to wait for a run.");
    }

    private static int Recurse(int n) => n == 0 ? 0 : Recurse(n - 1) + 1;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int RecurseWide(int n)
    {
        Span<byte> frame = stackalloc byte[1024];
        frame[n % 1024] = 1;
        return n == 0 ? 0 : RecurseWide(n - 1) + frame[n % 1024] - 1;
    }

    // Runs on a run thread, once the previous run's thread is idle again (so that it is the one reused).
    private static (int Thread, T Value) OnRunThread<T>(Func<T> body)
    {
        var done = new TaskCompletionSource<(int, T)>(TaskCreationOptions.RunContinuationsAsynchronously);
        RunThreads.Start(
            () =>
            {
                try
                {
                    done.SetResult((Environment.CurrentManagedThreadId, body()));
                }
                catch (Exception exception)
                {
                    done.SetException(exception);
                }
            },
            "coc-test");
        (int, T) result = done.Task.GetAwaiter().GetResult();
        SpinWait.SpinUntil(() => RunThreads.IdleCountOf(RunThreads.StackBytes(RunLimits.Default.MaxAllocatedBytes)) > 0, TimeSpan.FromSeconds(30));
        return result;
    }
}
