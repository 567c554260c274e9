using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 2, round 16b (<c>--cpu-pairs ROUNDS [SHAPE]</c>, Linux): is one CPU slower than the other at the same moment? One
/// thread runs the unguarded and the guarded image, bound to CPU 0, then to CPU 1 (<c>sched_setaffinity</c>), in turn,
/// one pair per round, and prints each CPU's median milliseconds and image ratio. The same thread, stack and code: only
/// the CPU changes.
/// </summary>
public static partial class CpuPairs
{
    public static void Run(int rounds, string shape)
    {
        string code = Shapes.Cpu[shape];
        byte[] raw = RawScripts.Compile(code);
        CompiledScript compiled = ScriptPipeline.Compile(code, GateOptions.Default, CancellationToken.None);
        PairedReports.SettleJit();
        var times = new List<double>[2, 2];
        for (int cpu = 0; cpu < 2; cpu++)
        {
            times[cpu, 0] = [];
            times[cpu, 1] = [];
        }

        for (int round = 0; round < rounds + 1; round++)
        {
            for (int cpu = 0; cpu < 2; cpu++)
            {
                ulong mask = 1UL << cpu;
                if (SchedSetAffinity(0, sizeof(ulong), ref mask) != 0)
                {
                    throw new InvalidOperationException($"sched_setaffinity: {Marshal.GetLastPInvokeError()}");
                }

                double u = PairedReports.Time(() => RawScripts.Run(raw));
                double g = PairedReports.Time(() => PairedReports.RunGuardedImage(compiled));
                if (round > 0)
                {
                    times[cpu, 0].Add(u);
                    times[cpu, 1].Add(g);
                }
            }
        }

        Console.WriteLine($"{shape}, {rounds} rounds, median ms unguarded / guarded image (ratio): " + string.Join("; ", Enumerable.Range(0, 2).Select(cpu =>
            string.Create(CultureInfo.InvariantCulture, $"CPU {cpu} {PairedReports.Median(times[cpu, 0]):F2} / {PairedReports.Median(times[cpu, 1]):F2} ({PairedReports.Median(times[cpu, 1].Zip(times[cpu, 0], (g, u) => g / u).ToList()):F2})"))));
    }

    [LibraryImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static partial int SchedSetAffinity(int pid, nint size, ref ulong mask);
}
