using System;
using System.Runtime.InteropServices;

namespace ChainOfCode.Runtime;

/// <summary>CPU time of the current thread where the OS tells it (Linux), else -1.</summary>
internal static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    public static long NowMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return -1;
        }

        try
        {
            return clock_gettime(ClockThreadCpuTimeId, out TimeSpec time) == 0 ? (time.Seconds * 1000) + (time.Nanoseconds / 1_000_000) : -1;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return -1;
        }
    }

    [DllImport("libc", SetLastError = false)]
#pragma warning disable SYSLIB1054 // A plain P/Invoke; LibraryImport would need unsafe code for one call.
    private static extern int clock_gettime(int clockId, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
