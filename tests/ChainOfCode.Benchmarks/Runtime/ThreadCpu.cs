using System.Runtime.InteropServices;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>CPU time of the calling thread in ms, to the microsecond (Linux; NaN elsewhere).</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Milliseconds() =>
        OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out TimeSpec time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0) : double.NaN;

    [DllImport("libc", SetLastError = false)]
#pragma warning disable SYSLIB1054 // A plain P/Invoke.
    private static extern int clock_gettime(int clockId, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
