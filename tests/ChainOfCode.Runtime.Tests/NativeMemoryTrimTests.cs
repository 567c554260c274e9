using System.Runtime.InteropServices;

namespace ChainOfCode.Runtime.Tests;

/// <summary>The trim of the C allocator's free pages (glibc): it really returns them. Reads the process's resident set, so it runs alone.</summary>
[Collection(UnloadTests.Alone)]
public sealed class NativeMemoryTrimTests
{
    [Fact]
    public void The_trim_returns_free_pages_a_finished_thread_left_in_its_arena()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // 32 MB in 16 KB chunks (below the allocator's mmap threshold) on a thread of its own, all freed but the last:
        // the free space lies below a live chunk, where no automatic trim of the arena's top reaches it.
        nint kept = 0;
        var thread = new Thread(() =>
        {
            var blocks = new nint[2048];
            for (int i = 0; i < blocks.Length; i++)
            {
                blocks[i] = Fill(16 * 1024);
            }

            for (int i = 0; i < blocks.Length - 1; i++)
            {
                Free(blocks[i]);
            }

            kept = blocks[^1];
        });
        thread.Start();
        thread.Join();
        long before = ResidentAnonymousKb();

        bool trimmed = NativeMemoryTrim.TrimNow();
        long after = ResidentAnonymousKb();
        Free(kept);

        Assert.True(trimmed && before - after >= 16 * 1024, $"trimmed {trimmed}: resident anonymous memory {before} -> {after} kB");
    }

    // Marshal's unmanaged memory is the C allocator's on Unix (malloc and free).
    private static nint Fill(int bytes)
    {
        nint block = Marshal.AllocHGlobal(bytes);
        Marshal.Copy(Enumerable.Repeat((byte)1, bytes).ToArray(), 0, block, bytes);
        return block;
    }

    private static void Free(nint block) => Marshal.FreeHGlobal(block);

    private static long ResidentAnonymousKb() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal))[8..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
