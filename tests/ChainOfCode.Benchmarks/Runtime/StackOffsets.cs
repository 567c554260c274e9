using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 2, round 16b (<c>--stack-offsets ROUNDS [SHAPE]</c>): does a CPU-bound shape's speed depend on where its thread's
/// stack lies? Runs the unguarded and the guarded image on the caller's thread and on a <see cref="RunThreads"/> thread,
/// each below a gap of 0 to 127 times 64 bytes taken from the stack first (the frames of the run shifted by that much),
/// in a shuffled order each round, and prints the median milliseconds per gap and thread with the frame's address (its low 16 bits). The same process, the same code: only the stack's address moves.
/// </summary>
public static class StackOffsets
{
    public static void Run(int rounds, string shape)
    {
        string code = Shapes.Cpu[shape];
        byte[] raw = RawScripts.Compile(code);
        CompiledScript compiled = ScriptPipeline.Compile(code, GateOptions.Default, CancellationToken.None);
        PairedReports.SettleJit();
        const int Gaps = 128;
        var times = new List<double>[4, Gaps];
        var addresses = new nint[4, Gaps];
        var random = new Random(1);
        for (int side = 0; side < 4; side++)
        {
            for (int gap = 0; gap < Gaps; gap++)
            {
                times[side, gap] = [];
            }
        }

        for (int round = 0; round < rounds + 1; round++)
        {
            foreach (int gap in Enumerable.Range(0, Gaps).OrderBy(_ => random.Next()))
            {
                for (int side = 0; side < 4; side++)
                {
                    Action body = side % 2 == 0 ? () => RawScripts.Run(raw) : () => PairedReports.RunGuardedImage(compiled);
                    int bytes = gap * 64;
                    double ms = 0;
                    void Timed() => ms = Below(bytes, body, out addresses[side, gap]);
                    if (side < 2)
                    {
                        Timed();
                    }
                    else
                    {
                        using var done = new ManualResetEventSlim();
                        RunThreads.Start(() => { Timed(); done.Set(); }, "coc-script-probe");
                        done.Wait();
                    }

                    if (round > 0)
                    {
                        times[side, gap].Add(ms);
                    }
                }
            }
        }

        Console.WriteLine($"{shape}, median ms of {rounds} rounds per stack gap (bytes taken from the stack before the run)");
        Console.WriteLine("| gap | caller's frame | run thread's frame | unguarded, caller | guarded image, caller | unguarded, run thread | guarded image, run thread |");
        Console.WriteLine("|--:|--:|--:|--:|--:|--:|--:|");
        for (int gap = 0; gap < Gaps; gap++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {gap * 64} | {addresses[0, gap] & 0xFFFF:X4} | {addresses[2, gap] & 0xFFFF:X4} | {PairedReports.Median(times[0, gap]):F2} | {PairedReports.Median(times[1, gap]):F2} | {PairedReports.Median(times[2, gap]):F2} | {PairedReports.Median(times[3, gap]):F2} |"));
        }
    }

    /// <summary>Runs <paramref name="body"/> with <paramref name="bytes"/> more of the stack below this frame, timed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe double Below(int bytes, Action body, out nint frame)
    {
        byte* gap = stackalloc byte[bytes + 16];
        gap[0] = 1;
        frame = (nint)gap;
        long start = Stopwatch.GetTimestamp();
        body();
        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return ms + gap[0] - 1;
    }
}
