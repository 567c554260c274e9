using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Ratios that hold on a noisy machine: the baseline and the measured side run alternately, one pair per round,
/// and the median of the per-round ratios is reported (a load that changes between rounds moves both sides).
/// </summary>
public static class PairedReports
{
    /// <summary>Groups 2 and 5c: unguarded image, guarded image (execution only) and the runtime's whole run, paired.</summary>
    /// <param name="only">Shape names to run (all when empty): `--paired-guards 5 fib25x10 linq`.</param>
    public static void Guards(int rounds, string[]? only = null)
    {
        var runner = new ScriptRunner();
        ScriptRunner.WarmUp();
        WarmColumns(runner);
        var cases = Shapes.Cpu.Select(p => (p.Key, p.Value))
            .Concat(new[] { 1, 2, 3, 4, 6 }.Select(d => ($"nesting depth {d}", Shapes.Nested(d))))
            .Where(c => only is not { Length: > 0 } || only.Contains(c.Item1));
        Console.WriteLine($"median of {rounds} rounds, after the three columns' own code reached tier 1 (WarmColumns) and, per shape, the JIT went quiet after its compile; unguarded = the raw image loaded, run and unloaded; guarded image = the guarded image the same way (guard set, no runner); runtime = ScriptRunner.RunAsync of the cached compile; CPU = the process's CPU time (all threads), which a loaded machine does not inflate; fastest = the ratio of the fastest rounds (the rounds least disturbed by other processes)");
        Console.WriteLine("| shape | unguarded ms | guarded image ms | ratio | runtime ms | ratio | CPU ratio, image | CPU ratio, runtime | fastest ratio, image |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach ((string name, string code) in cases)
        {
            byte[] raw = RawScripts.Compile(code);
            CompiledScript compiled = ScriptPipeline.Compile(code, GateOptions.Default, CancellationToken.None);
            SettleJit();
            var unguarded = new List<double>();
            var guarded = new List<double>();
            var whole = new List<double>();
            var cpu = (Unguarded: new List<double>(), Guarded: new List<double>(), Whole: new List<double>());
            for (int round = 0; round < rounds + 1; round++)
            {
                (double u, double uc) = TimeAndCpu(() => RawScripts.Run(raw));
                (double g, double gc) = TimeAndCpu(() => RunGuardedImage(compiled));
                (double w, double wc) = TimeAndCpu(() => RawScripts.Guarded(runner, code));
                if (round > 0)
                {
                    unguarded.Add(u);
                    guarded.Add(g);
                    whole.Add(w);
                    cpu.Unguarded.Add(uc);
                    cpu.Guarded.Add(gc);
                    cpu.Whole.Add(wc);
                }
            }

            Console.WriteLine($"| {name} | {Median(unguarded):F1} | {Median(guarded):F1} | {MedianRatio(guarded, unguarded):F2} | {Median(whole):F1} | {MedianRatio(whole, unguarded):F2} | {MedianRatio(cpu.Guarded, cpu.Unguarded):F2} | {MedianRatio(cpu.Whole, cpu.Unguarded):F2} | {guarded.Min() / unguarded.Min():F2} |");
        }
    }

    /// <summary>
    /// Group 2's fixed part: fib25x10 with <c>Fib(2)</c> (almost no work), so what is timed is the image's load, its methods' JIT
    /// (script images are not tiered: every method is compiled fully optimized on its first call) and the guard; unguarded and
    /// guarded image in turn, one pair a round. JIT = <see cref="System.Runtime.JitInfo"/>'s compile time on this thread.
    /// The last line sets the difference beside fib25x10's unguarded run in the same process.
    /// </summary>
    public static void GuardFixed(int rounds)
    {
        string code = Shapes.Cpu["fib25x10"].Replace("Fib(25)", "Fib(2)", StringComparison.Ordinal);
        string full = Shapes.Cpu["fib25x10"];
        byte[] raw = RawScripts.Compile(code);
        byte[] rawFull = RawScripts.Compile(full);
        CompiledScript compiled = ScriptPipeline.Compile(code, GateOptions.Default, CancellationToken.None);
        var sides = new[] { (Name: "unguarded", Wall: new List<double>(), Cpu: new List<double>(), Jit: new List<double>(), Methods: new List<double>()), ("guarded image", new(), new(), new(), new()) };
        var fullWall = new List<double>();
        for (int round = 0; round < rounds + 3; round++)
        {
            for (int side = 0; side < 2; side++)
            {
                TimeSpan jit = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
                long methods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
                (double wall, double cpu) = TimeAndCpu(() => _ = side == 0 ? RawScripts.Run(raw) : RunGuardedImage(compiled));
                if (round >= 3)
                {
                    sides[side].Wall.Add(wall);
                    sides[side].Cpu.Add(cpu);
                    sides[side].Jit.Add((System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jit).TotalMilliseconds);
                    sides[side].Methods.Add(System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - methods);
                }
            }

            double w = Time(() => RawScripts.Run(rawFull));
            if (round >= 3)
            {
                fullWall.Add(w);
            }
        }

        Console.WriteLine($"median of {rounds} rounds, fib25x10 with Fib(2): load, JIT, guard and unload; JIT = compile time on this thread");
        Console.WriteLine("| image | wall ms | CPU ms | JIT ms | methods compiled |");
        Console.WriteLine("|---|--:|--:|--:|--:|");
        foreach (var s in sides)
        {
            Console.WriteLine($"| {s.Name} | {Median(s.Wall):F3} | {Median(s.Cpu):F3} | {Median(s.Jit):F3} | {Median(s.Methods):F0} |");
        }

        double extra = Median(sides[1].Wall.Zip(sides[0].Wall, (g, u) => g - u).ToList());
        Console.WriteLine($"guarded - unguarded (median of the rounds' differences): wall {extra:F3} ms, JIT {Median(sides[1].Jit.Zip(sides[0].Jit, (g, u) => g - u).ToList()):F3} ms; fib25x10 unguarded {Median(fullWall):F2} ms: the fixed part is {extra / Median(fullWall):F3} of its ratio");
    }

    /// <summary>Group 1, paired: raw, ours and EvaluateAsync on a distinct small script per call.</summary>
    /// <param name="warmRounds">
    /// Untimed rounds of raw and ours first (EvaluateAsync in one of four, it never unloads): the JIT's tiering
    /// takes about 1,500-2,000 distinct compiles to bring the compiler's code to tier 1 (round 6). Default 0.
    /// </param>
    public static void Gate(int rounds, int warmRounds = 0)
    {
        var runner = new ScriptRunner();
        ScriptRunner.WarmUp();
        RawScripts.Evaluate(Shapes.Small(RuntimeJob.Next()));
        for (int round = 0; round < warmRounds; round++)
        {
            RawScripts.CompileAndRun(Shapes.Small(RuntimeJob.Next()));
            RawScripts.Guarded(runner, Shapes.Small(RuntimeJob.Next()));
            if (round % 4 == 0)
            {
                RawScripts.Evaluate(Shapes.Small(RuntimeJob.Next()));
            }
        }

        if (warmRounds > 0)
        {
            Console.WriteLine($"after {warmRounds} untimed warm-up rounds");
        }

        var raw = new List<double>();
        var ours = new List<double>();
        var evaluate = new List<double>();
        var cached = new List<double>();
        var cpu = (Raw: new List<double>(), Ours: new List<double>(), Evaluate: new List<double>());
        string same = Shapes.Small(-4);
        var allocated = (Raw: new List<double>(), Ours: new List<double>());
        long pauseStart = 0;
        int[] countsStart = new int[3];
        for (int round = 0; round < rounds + 3; round++)
        {
            if (round == 3)
            {
                pauseStart = GC.GetTotalPauseDuration().Ticks;
                countsStart = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            }

            long bytes = GC.GetTotalAllocatedBytes(precise: false);
            (double r, double rc) = TimeAndCpu(() => RawScripts.CompileAndRun(Shapes.Small(RuntimeJob.Next())));
            long rawBytes = GC.GetTotalAllocatedBytes(precise: false) - bytes;
            bytes = GC.GetTotalAllocatedBytes(precise: false);
            (double o, double oc) = TimeAndCpu(() => RawScripts.Guarded(runner, Shapes.Small(RuntimeJob.Next())));
            long oursBytes = GC.GetTotalAllocatedBytes(precise: false) - bytes;
            (double e, double ec) = TimeAndCpu(() => RawScripts.Evaluate(Shapes.Small(RuntimeJob.Next())));
            double c = Time(() => RawScripts.Guarded(runner, same));
            if (round >= 3)
            {
                raw.Add(r);
                ours.Add(o);
                evaluate.Add(e);
                cached.Add(c);
                cpu.Raw.Add(rc);
                cpu.Ours.Add(oc);
                cpu.Evaluate.Add(ec);
                allocated.Raw.Add(rawBytes / 1e6);
                allocated.Ours.Add(oursBytes / 1e6);
            }
        }

        double pauseMs = TimeSpan.FromTicks(GC.GetTotalPauseDuration().Ticks - pauseStart).TotalMilliseconds;

        Console.WriteLine($"median of {rounds} rounds, a distinct small script per call");
        Console.WriteLine("| path | ms | ratio to raw |");
        Console.WriteLine("|---|--:|--:|");
        Console.WriteLine($"| raw: compile, emit, load, run, unload | {Median(raw):F2} | 1.00 |");
        Console.WriteLine($"| ours: gate, guards, run | {Median(ours):F2} | {MedianRatio(ours, raw):F2} |");
        Console.WriteLine($"| CSharpScript.EvaluateAsync | {Median(evaluate):F2} | {MedianRatio(evaluate, raw):F2} |");
        Console.WriteLine($"| ours, same text again (cached compile) | {Median(cached):F2} | {MedianRatio(cached, raw):F2} |");
        Console.WriteLine($"ours / EvaluateAsync: {MedianRatio(ours, evaluate):F2}");
        Console.WriteLine($"in CPU time (the process's, all threads): ours / raw {MedianRatio(cpu.Ours, cpu.Raw):F2}, EvaluateAsync / raw {MedianRatio(cpu.Evaluate, cpu.Raw):F2}, ours / EvaluateAsync {MedianRatio(cpu.Ours, cpu.Evaluate):F2}");
        Console.WriteLine($"allocated (median MB a call, all threads): raw {Median(allocated.Raw):F2}, ours {Median(allocated.Ours):F2}; collections over the timed rounds (all four paths): gen0 {GC.CollectionCount(0) - countsStart[0]}, gen1 {GC.CollectionCount(1) - countsStart[1]}, gen2 {GC.CollectionCount(2) - countsStart[2]}, paused {pauseMs:F0} ms");
    }

    /// <summary>
    /// Brings the three columns' own code to the tier a host runs it at after its first few dozen runs, before anything is
    /// timed: a method is compiled at tier 0 first and recompiled at tier 1 in the background once it has been called 30
    /// times (counted only after 100 ms without new tier-0 code). Without this the runtime column measured
    /// <see cref="ScriptRunner"/>'s path (some forty methods a run) at tier 0 for its first 30 runs, and in the full
    /// command its tier-1 compiles on the JIT's thread during the third shape; the unguarded column's own code is a few
    /// calls into the framework's precompiled code (group 2, round 16). Each batch is followed by <see cref="SettleJit"/>:
    /// the first may fall in the 100 ms, the next are counted, the last reach tier 1 from the instrumented tier.
    /// </summary>
    internal static void WarmColumns(ScriptRunner runner)
    {
        const string Code = "var total = 0; for (var k = 0; k < 10; k++) { total += k; } return total;";
        byte[] raw = RawScripts.Compile(Code);
        CompiledScript compiled = ScriptPipeline.Compile(Code, GateOptions.Default, CancellationToken.None);
        for (int batch = 0; batch < 4; batch++)
        {
            for (int run = 0; run < 40; run++)
            {
                RawScripts.Run(raw);
                RunGuardedImage(compiled);
                RawScripts.Guarded(runner, Code);
            }

            SettleJit();
        }
    }

    /// <summary>
    /// Waits until the JIT has compiled nothing for 300 ms (at most 5 s): the tier-1 compiles queued so far (the
    /// compiler's, after a shape's compile) run on the JIT's background thread, which the CPU columns count, and would
    /// land in whichever column is running.
    /// </summary>
    internal static void SettleJit()
    {
        long last = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quiet = Stopwatch.StartNew();
        var bound = Stopwatch.StartNew();
        while (quiet.ElapsedMilliseconds < 300 && bound.ElapsedMilliseconds < 5_000)
        {
            Thread.Sleep(50);
            long now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != last)
            {
                last = now;
                quiet.Restart();
            }
        }
    }

    /// <summary>Loads the guarded image into a collectible context with a fresh guard, runs it and unloads (no runner).</summary>
    internal static object? RunGuardedImage(CompiledScript compiled) => RunGuardedImage(compiled.Image!, compiled.ScriptClass!);

    /// <summary>The same for an image emitted elsewhere (a guarded text written by hand, <see cref="GuardTexts"/>).</summary>
    internal static object? RunGuardedImage(byte[] image, string scriptClass)
    {
        var guard = new ScriptGuard(RuntimeJob.Options.Limits, CancellationToken.None);
        var context = new AssemblyLoadContext("guarded", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromStream(new MemoryStream(image, writable: false));
            Type script = assembly.GetType(scriptClass, throwOnError: true)!;
            script.GetField(GuardRewriter.HolderField, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.SetValue(null, guard);
            var entry = script.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<object?[], Task<object>>>();
            return entry([new ScriptGlobals(), null]).GetAwaiter().GetResult();
        }
        finally
        {
            guard.Kill("The run has ended.");
            context.Unload();
        }
    }

    internal static double Time(Action action)
    {
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>Wall-clock and process CPU milliseconds of <paramref name="action"/>.</summary>
    internal static (double Wall, double Cpu) TimeAndCpu(Action action)
    {
        using var self = Process.GetCurrentProcess();
        TimeSpan cpuStart = self.TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        action();
        double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        self.Refresh();
        return (wall, Math.Max(0.001, (self.TotalProcessorTime - cpuStart).TotalMilliseconds));
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double MedianRatio(List<double> measured, List<double> baseline) =>
        Median(measured.Zip(baseline, (m, b) => m / b).ToList());
}
