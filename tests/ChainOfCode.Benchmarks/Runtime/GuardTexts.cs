using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Guarded texts written by hand against a shape's raw image (group 2, round 19): each file is a guarded text (as
/// <c>--rewrite</c> prints it, then edited), compiled with the gate's options, loaded with a fresh guard in its holder,
/// run and unloaded like <c>--paired-guards</c>' guarded image column; the raw image and every text run in turn, one
/// of each a round, and the median of the per-round ratios of this thread's CPU time is printed per text (the ticker's
/// wake-ups, on another thread, are not in it). Also the runner's layers (<see cref="Layers"/>) and the guarded image's
/// reflection (<see cref="Reflection"/>) in the same clock.
/// </summary>
public static class GuardTexts
{
    public static void Run(int rounds, string shape, string[] files)
    {
        byte[] raw = RawScripts.Compile(Shapes.Cpu.TryGetValue(shape, out string? known) ? known : File.ReadAllText(shape));
        byte[][] images = files.Select(f => RawScripts.Compile(File.ReadAllText(f))).ToArray();
        var cpu = images.Select(_ => new List<double>()).ToArray();
        var rawCpu = new List<double>();
        for (int round = 0; round < rounds + 2; round++)
        {
            double u = ThreadCpu(() => RawScripts.Run(raw));
            double[] times = images.Select(image => ThreadCpu(() => PairedReports.RunGuardedImage(image, "Script"))).ToArray();
            if (round >= 2)
            {
                rawCpu.Add(u);
                for (int i = 0; i < images.Length; i++)
                {
                    cpu[i].Add(times[i] / u);
                }
            }
        }

        Console.WriteLine($"median of {rounds} rounds of {shape}: raw image {PairedReports.Median(rawCpu):F3} ms of thread CPU");
        for (int i = 0; i < files.Length; i++)
        {
            Console.WriteLine($"| {Path.GetFileName(files[i])} | thread CPU ratio {PairedReports.Median(cpu[i]):F3} | min {cpu[i].Min():F3} |");
        }
    }

    /// <summary>The guarded image column against the runner's layers that run on the caller's thread, in this thread's CPU time, shuffled each round.</summary>
    public static void Layers(int rounds, string shape)
    {
        string code = Shapes.Cpu[shape];
        RunOptions options = RuntimeJob.Options;
        CompiledScript compiled = ScriptPipeline.Compile(code, options.Gate, CancellationToken.None);
        var layers = new (string Name, Action Run)[]
        {
            ("image", () => PairedReports.RunGuardedImage(compiled)),
            ("invoke", () =>
            {
                var run = new ScriptRun(0, code, options, new ScriptGlobals(), null, CancellationToken.None);
                ScriptInvoker.Invoke(compiled, run.AttachGuard(compiled.StartsThreads), null, run);
            }),
            ("pipeline", () => ScriptPipeline.Run(new ScriptRun(0, code, options, ScriptInputs.Bind(options), null, CancellationToken.None))),
            ("image on a run thread (its CPU)", () => OnRunThread(() => PairedReports.RunGuardedImage(compiled))),
            ("pipeline on a run thread (its CPU)", () => OnRunThread(() => ScriptPipeline.Run(new ScriptRun(0, code, options, ScriptInputs.Bind(options), null, CancellationToken.None)))),
        };
        PairedReports.WarmColumns(new ScriptRunner());
        for (int warm = 0; warm < 40; warm++)
        {
            Array.ForEach(layers, l => l.Run());
        }

        PairedReports.SettleJit();
        var cpu = layers.Select(_ => new List<double>()).ToArray();
        var shuffle = new Random(19);
        int[] order = Enumerable.Range(0, layers.Length).ToArray();
        for (int round = 0; round < rounds + 5; round++)
        {
            shuffle.Shuffle(order);
            var times = new double[layers.Length];
            foreach (int l in order)
            {
                inner = double.NaN;
                times[l] = ThreadCpu(layers[l].Run);
                if (!double.IsNaN(inner))
                {
                    times[l] = inner;
                }
            }

            if (round >= 5)
            {
                for (int l = 0; l < layers.Length; l++)
                {
                    cpu[l].Add(times[l] - times[0]);
                }
            }
        }

        Console.WriteLine($"{rounds} rounds of {shape}, this thread's CPU less the image's in the same round, median ms:");
        for (int l = 1; l < layers.Length; l++)
        {
            Console.WriteLine($"| {layers[l].Name} | {PairedReports.Median(cpu[l]):F3} |");
        }
    }

    /// <summary>The guarded image's reflection before it runs, piece by piece, in this thread's CPU (load, type, the holder's field set, the factory's delegate, unload).</summary>
    public static void Reflection(int rounds, string shape)
    {
        CompiledScript compiled = ScriptPipeline.Compile(Shapes.Cpu[shape], RuntimeJob.Options.Gate, CancellationToken.None);
        string[] names = ["load", "GetType", "holder: GetField + SetValue", "holder: GetField alone", "factory: GetMethod + CreateDelegate", "unload"];
        var cpu = names.Select(_ => new List<double>()).ToArray();
        for (int round = 0; round < rounds + 20; round++)
        {
            var guard = new ScriptGuard(RuntimeJob.Options.Limits, CancellationToken.None);
            var context = new AssemblyLoadContext("reflection", isCollectible: true);
            Assembly? assembly = null;
            Type? script = null;
            var t = new double[names.Length];
            t[0] = ThreadCpu(() => assembly = context.LoadFromStream(new MemoryStream(compiled.Image!, writable: false)));
            t[1] = ThreadCpu(() => script = assembly!.GetType(compiled.ScriptClass!, throwOnError: true));
            bool alone = round % 2 == 0;
            t[alone ? 3 : 2] = ThreadCpu(() =>
            {
                FieldInfo field = script!.GetField(GuardRewriter.HolderField, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
                if (!alone)
                {
                    field.SetValue(null, guard);
                }
            });
            t[4] = ThreadCpu(() => script!.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<object?[], Task<object>>>());
            guard.Kill("done");
            t[5] = ThreadCpu(context.Unload);
            if (round >= 20)
            {
                for (int i = 0; i < names.Length; i++)
                {
                    if (i != (alone ? 2 : 3))
                    {
                        cpu[i].Add(t[i]);
                    }
                }
            }
        }

        Console.WriteLine($"{rounds} rounds of {shape}'s guarded image, this thread's CPU, median µs:");
        for (int i = 0; i < names.Length; i++)
        {
            Console.WriteLine($"| {names[i]} | {PairedReports.Median(cpu[i]) * 1000:F1} |");
        }
    }

    // The CPU of the run thread of the last OnRunThread (NaN when the layer ran on the caller's thread).
    private static double inner;

    // Runs on a RunThreads thread as the runner does (its stack size), the caller waiting; records that thread's CPU in inner.
    private static void OnRunThread(Action action)
    {
        using var done = new ManualResetEventSlim();
        double cpu = 0;
        RunThreads.Start(() => { cpu = ThreadCpu(action); done.Set(); }, "coc-layers", RunThreads.StackBytes(RuntimeJob.Options.Limits.MaxAllocatedBytes));
        done.Wait();
        inner = cpu;
    }

    // This thread's CPU milliseconds for action.
    private static double ThreadCpu(Action action)
    {
        long start = Now();
        action();
        return (Now() - start) / 1e6;
    }

    // CLOCK_THREAD_CPUTIME_ID: this thread's CPU in nanoseconds (the ticker's wake-ups are not in it).
    private static long Now() => clock_gettime(3, out TimeSpec t) == 0 ? t.Seconds * 1_000_000_000 + t.Nanoseconds : 0;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
