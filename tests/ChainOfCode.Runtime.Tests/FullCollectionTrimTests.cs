using System.Runtime.InteropServices;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The trim after a full collection (on the finalizer thread, when the runner's maintenance asked for it): native memory
/// freed after the maintenance's own trim goes back at the next full collection, and one request trims a bounded number
/// of times. Reads the process's resident set and collects, so it runs alone.
/// </summary>
[Collection(UnloadTests.Alone)]
public sealed class FullCollectionTrimTests
{
    [Fact]
    public void Free_pages_left_after_the_maintenance_go_back_at_the_next_full_collection()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // A run an earlier test abandoned may end now, and every 64th arms the trim too: wait until none runs.
        Assert.True(RunThreads.WaitUntilNoneRunning(TimeSpan.FromMinutes(2)), $"{RunThreads.Running} run(s) still running 2 minutes on");
        FullCollectionTrim.Arm();
        CollectFully(); // the sentinel made by the first request is finalized at its first collection: start from a settled state
        FullCollectionTrim.Arm();

        // As an unloaded context's native memory is freed after the maintenance: 32 MB in 16 KB chunks on a thread of its
        // own, all freed but the last, so the free space lies below a live chunk, where no automatic trim reaches it.
        nint kept = FreeBelowALiveChunk();
        long before = ResidentAnonymousKb();
        long trims = FullCollectionTrim.Trims;

        CollectFully();
        long after = ResidentAnonymousKb();
        Marshal.FreeHGlobal(kept);

        Assert.True(FullCollectionTrim.Trims > trims && before - after >= 16 * 1024, $"trims {trims} -> {FullCollectionTrim.Trims}: resident anonymous memory {before} -> {after} kB");
    }

    [Fact]
    public void One_request_trims_after_at_most_two_full_collections()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // A run an earlier test abandoned may end now, and every 64th arms the trim too: wait until none runs.
        Assert.True(RunThreads.WaitUntilNoneRunning(TimeSpan.FromMinutes(2)), $"{RunThreads.Running} run(s) still running 2 minutes on");
        FullCollectionTrim.Arm();
        CollectFully();
        FullCollectionTrim.Arm();
        long trims = FullCollectionTrim.Trims;

        for (int i = 0; i < 5; i++)
        {
            CollectFully();
        }

        Assert.Equal(FullCollectionTrim.TrimsPerArm, FullCollectionTrim.Trims - trims);
    }

    private static void CollectFully()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static nint FreeBelowALiveChunk()
    {
        nint kept = 0;
        var thread = new Thread(() =>
        {
            var blocks = new nint[2048];
            for (int i = 0; i < blocks.Length; i++)
            {
                blocks[i] = Marshal.AllocHGlobal(16 * 1024);
                Marshal.Copy(Enumerable.Repeat((byte)1, 16 * 1024).ToArray(), 0, blocks[i], 16 * 1024);
            }

            for (int i = 0; i < blocks.Length - 1; i++)
            {
                Marshal.FreeHGlobal(blocks[i]);
            }

            kept = blocks[^1];
        });
        thread.Start();
        thread.Join();
        return kept;
    }

    private static long ResidentAnonymousKb() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal))[8..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
