using System.Globalization;
using System.Text;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 3, round 9: which part of a run leaves memory behind, one part at a time over many iterations:
/// <c>load</c> (one emitted image, its string literal patched to stay distinct, loaded into a fresh collectible
/// context, run and unloaded: the runtime's own cost of a load context), <c>compile</c> (a distinct script's
/// parse, compile and emit, nothing loaded: Roslyn's process-wide caches), <c>raw</c> (both), <c>gate</c> (the gate
/// only), <c>pipeline</c> (gate, guard rewrite and emit, cached as a run's), <c>ours</c> (the runner). Each checkpoint settles the GC, trims the C allocator and prints the anonymous memory beside the GC's.
/// </summary>
public static class UnloadProbe
{
    public static void Run(int iterations, int every, string mode)
    {
        var runner = new ScriptRunner();
        ScriptRunner.WarmUp();
        byte[] image = RawScripts.Compile(Shapes.Small(1_000_000_000));
        byte[] digits = Encoding.Unicode.GetBytes("1000000000");
        int at = IndexOf(image, digits);
        Action<long> step = mode switch
        {
            "load" => n =>
            {
                byte[] patched = (byte[])image.Clone();
                Encoding.Unicode.GetBytes((1_000_000_000 + n).ToString(CultureInfo.InvariantCulture)).CopyTo(patched, at);
                RawScripts.Run(patched);
            },
            "compile" => n => RawScripts.Compile(Shapes.Small(1_000_000_000 + n)),
            "raw" => n => RawScripts.CompileAndRun(Shapes.Small(1_000_000_000 + n)),
            "gate" => n => ScriptGate.Check(Shapes.Small(1_000_000_000 + n)),
            "pipeline" => n => ScriptPipeline.Compile(Shapes.Small(1_000_000_000 + n), GateOptions.Default, CancellationToken.None),
            _ => n => RawScripts.Guarded(runner, Shapes.Small(1_000_000_000 + n)),
        };
        for (int i = 1; i <= 50; i++)
        {
            step(-i);
        }

        Report(mode, 0);
        for (int i = 1; i <= iterations; i++)
        {
            step(i);
            if (i % every == 0)
            {
                Report(mode, i);
            }
        }
    }

    private static void Report(string mode, int done)
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        NativeMemoryTrim.TrimNow();
        string Status(string key) => File.ReadLines("/proc/self/status").First(l => l.StartsWith(key, StringComparison.Ordinal))[(key.Length + 1)..].Trim();
        long Kb(string key) => long.Parse(Status(key).Split(' ')[0], CultureInfo.InvariantCulture);
        GCMemoryInfo gc = GC.GetGCMemoryInfo(GCKind.Any);
        double committed = gc.TotalCommittedBytes / 1048576.0;
        double anon = Kb("RssAnon") / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode} [{done}] RssAnon {anon:F1} MB, GC committed {committed:F1} MB, anon beyond the GC {anon - committed:F1} MB, heap {gc.HeapSizeBytes / 1048576.0:F1} MB, RssShmem {Kb("RssShmem") / 1024.0:F1} MB, RssFile {Kb("RssFile") / 1024.0:F1} MB, JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, live contexts {ScriptRunner.LiveLoadContexts}, Roslyn's node cache {SyntaxNodeCacheTrim.Nodes().Count()} of 65536"));
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidOperationException("The literal is not in the image.");
    }
}
