using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// Gives the C allocator's free pages back to the operating system every <see cref="Every"/> runs (glibc's
/// <c>malloc_trim(0)</c>; elsewhere nothing). A run's native work (the JIT, the type loader, a new thread's
/// runtime state) borrows and returns memory in whichever of glibc's arenas its thread was given (up to eight a
/// core); the freed chunks stay resident in every arena they passed through, a few megabytes over the first
/// thousand runs of a process. The trim changes no allocator setting; it only returns whole free pages. The same
/// maintenance first lets the GC give back its free regions when they are large (<see cref="ManagedMemoryTrim"/>).
/// </summary>
internal static class NativeMemoryTrim
{
    /// <summary>Runs between two trims: one trim walks every arena (a millisecond or so), rare enough not to show.</summary>
    public const int Every = 64;

    private static long runs;
    private static int unavailable;

    /// <summary>Finished runs counted so far (of every runner that trims).</summary>
    public static long Runs => Volatile.Read(ref runs);

    /// <summary>Counts a finished run (before its result is out); returns its number for <see cref="AfterRun"/>.</summary>
    public static long Count() => Interlocked.Increment(ref runs);

    /// <summary>
    /// After the <paramref name="run"/>th run's result is out: every <see cref="Every"/>th run first empties Roslyn's
    /// cache of syntax nodes (<see cref="SyntaxNodeCacheTrim"/>: the scripts' literals it held become garbage), lets the
    /// GC give back its free regions when they are large (<see cref="ManagedMemoryTrim"/>), then trims, and asks for a
    /// trim after the next full collections too (<see cref="FullCollectionTrim"/>: the unloaded contexts' native memory is
    /// freed only then).
    /// </summary>
    public static void AfterRun(long run)
    {
        if (run % Every == 0)
        {
            SyntaxNodeCacheTrim.Clear();
            ManagedMemoryTrim.AfterRun(run);
            TrimNow();
            FullCollectionTrim.Arm();
        }
    }

    /// <summary>Trims now; false where there is no glibc <c>malloc_trim</c> (not Linux, or another C library such as musl).</summary>
    public static bool TrimNow()
    {
        if (!OperatingSystem.IsLinux() || Volatile.Read(ref unavailable) != 0)
        {
            return false;
        }

        try
        {
            malloc_trim(0);
            return true;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref unavailable, 1);
            return false;
        }
    }

    [DllImport("libc", SetLastError = false)]
#pragma warning disable SYSLIB1054 // A plain P/Invoke; LibraryImport would need unsafe code for one call.
    private static extern int malloc_trim(nuint pad);
#pragma warning restore SYSLIB1054
}
