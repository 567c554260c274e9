using System.Runtime.InteropServices;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// The process's CPU time (all threads: the analyzer driver runs its passes on the thread pool while the caller
/// waits) in milliseconds with sub-millisecond resolution (Linux; NaN elsewhere).
/// </summary>
internal static class ProcessCpu
{
    private const int ClockProcessCpuTimeId = 2;

    public static double Milliseconds() =>
        OperatingSystem.IsLinux() && clock_gettime(ClockProcessCpuTimeId, out TimeSpec time) == 0
            ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0)
            : double.NaN;

    [DllImport("libc", SetLastError = false)]
#pragma warning disable SYSLIB1054 // one plain call; LibraryImport would need unsafe code
    private static extern int clock_gettime(int clockId, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
