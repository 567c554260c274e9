using System.Diagnostics;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 1, round 15: what one run of an already-compiled script costs through <see cref="ScriptRunner.RunAsync"/>
/// above the guarded image loaded, run and unloaded directly, split into the runner's layers, each layer timed in the
/// same round as the others (in a shuffled order each round) on the same compiled script:
/// image (<see cref="PairedReports.RunGuardedImage"/>), invoke (a <see cref="ScriptRun"/>, its guard and
/// <see cref="ScriptInvoker.Invoke"/> on the caller's thread), pipeline (<see cref="ScriptPipeline.Run"/> on the
/// caller's thread: the cache lookup, the result and its usage), run thread (the pipeline on a <see cref="RunThreads"/>
/// thread, the caller waiting on an event that spins first), runner (<see cref="ScriptRunner.RunAsync"/>, the caller
/// blocking on its task as <see cref="RawScripts.Guarded"/> does), and both again with the caller waiting on a kernel
/// handle without spinning. Then the CPU of the process's threads by name over the timed rounds, and the runner's fixed
/// pieces alone, a thousand times each.
/// </summary>
public static class RunnerParts
{
    private static readonly string Cached = Shapes.Small(-15);

    private static readonly string[] Names = ["image", "invoke", "pipeline", "run thread", "runner", "run thread, no spin", "runner, no spin"];

    /// <param name="pairs">Timed rounds.</param>
    /// <param name="warmRounds">Untimed rounds first (every layer runs in each). The runner's own code needs far more than 30 calls to reach tier 1 here: the JIT's background queue holds the compiler's tier-up (about 1,500 rounds).</param>
    /// <param name="shape">"small" (group 1's script, a distinct text per round, compiled before the round) or a group 2 shape's name.</param>
    public static void Run(int pairs, int warmRounds, string shape)
    {
        var runner = new ScriptRunner();
        ScriptRunner.WarmUp();
        RunOptions options = RuntimeJob.Options;
        var sums = new (double Wall, double Cpu)[Names.Length];
        var shuffle = new Random(15);
        var cpus = new List<double>[Names.Length];
        var ratios = new List<double>[Names.Length];
        for (int i = 0; i < ratios.Length; i++)
        {
            ratios[i] = [];
            cpus[i] = [];
        }

        var parts = new Action<string, CompiledScript>[]
        {
            (_, compiled) => PairedReports.RunGuardedImage(compiled),
            (code, compiled) =>
            {
                var run = new ScriptRun(0, code, options, new ScriptGlobals(), null, CancellationToken.None);
                ScriptGuard guard = run.AttachGuard(compiled.StartsThreads);
                ScriptInvoker.Invoke(compiled, guard, null, run);
            },
            (code, _) => Check(ScriptPipeline.Run(new ScriptRun(0, code, options, ScriptInputs.Bind(options), null, CancellationToken.None))),
            (code, _) =>
            {
                var run = new ScriptRun(0, code, options, ScriptInputs.Bind(options), null, CancellationToken.None);
                using var done = new ManualResetEventSlim();
                ScriptResult? result = null;
                RunThreads.Start(() => { result = ScriptPipeline.Run(run); done.Set(); }, "coc-parts");
                done.Wait();
                Check(result!);
            },
            (code, _) => RawScripts.Guarded(runner, code, options),
            (code, _) =>
            {
                var run = new ScriptRun(0, code, options, ScriptInputs.Bind(options), null, CancellationToken.None);
                using var done = new ManualResetEventSlim();
                ScriptResult? result = null;
                RunThreads.Start(() => { result = ScriptPipeline.Run(run); done.Set(); }, "coc-parts");
                done.WaitHandle.WaitOne();
                Check(result!);
            },
            (code, _) =>
            {
                Task<ScriptResult> task = runner.RunAsync(code, options);
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
                Check(task.Result);
            },
        };

        Dictionary<string, double> threadsBefore = new();
        for (int round = 0; round < warmRounds + pairs; round++)
        {
            if (round == warmRounds)
            {
                threadsBefore = ThreadCpu();
            }

            string code = shape == "small" ? Shapes.Small(RuntimeJob.Next()) : Shapes.Cpu[shape];
            CompiledScript compiled = ScriptPipeline.Compile(code, options.Gate, CancellationToken.None);
            var wall = new double[parts.Length];
            var cpu = new double[parts.Length];
            int[] order = Enumerable.Range(0, parts.Length).ToArray();
            shuffle.Shuffle(order);
            foreach (int p in order)
            {
                double c0 = ProcessCpu.Milliseconds();
                long t0 = Stopwatch.GetTimestamp();
                parts[p](code, compiled);
                wall[p] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                cpu[p] = ProcessCpu.Milliseconds() - c0;
            }

            if (round >= warmRounds)
            {
                for (int p = 0; p < parts.Length; p++)
                {
                    sums[p] = (sums[p].Wall + wall[p], sums[p].Cpu + cpu[p]);
                    ratios[p].Add(wall[p] / wall[0]);
                    cpus[p].Add(cpu[p]);
                }
            }
        }

        Console.WriteLine($"{pairs} rounds after {warmRounds} ({shape}); means a run, ms: wall, process CPU; wall above the image's; median of the per-round wall ratios to the image; median CPU (each round runs the layers in a shuffled order)");
        for (int p = 0; p < parts.Length; p++)
        {
            Console.WriteLine($"  {sums[p].Wall / pairs,8:F3} {sums[p].Cpu / pairs,8:F3} {(sums[p].Wall - sums[0].Wall) / pairs,+8:F3} {PairedReports.Median(ratios[p]),6:F3} {PairedReports.Median(cpus[p]),8:F3}  {Names[p]}");
        }

        Dictionary<string, double> threadsAfter = ThreadCpu();
        Console.WriteLine("CPU of the process's threads over the timed rounds, by name (ms a round, all five layers):");
        foreach ((string name, double ms) in threadsAfter.OrderByDescending(t => t.Value - threadsBefore.GetValueOrDefault(t.Key)))
        {
            double spent = ms - threadsBefore.GetValueOrDefault(name);
            if (spent > 0)
            {
                Console.WriteLine($"  {spent / pairs,8:F3}  {name}");
            }
        }

        Pieces(options);
    }

    /// <summary>CPU milliseconds of each thread of this process by its name (Linux: /proc/self/task; the run threads summed under "coc-script").</summary>
    internal static Dictionary<string, double> ThreadCpu()
    {
        var byName = new Dictionary<string, double>();
        if (!OperatingSystem.IsLinux())
        {
            return byName;
        }

        foreach (string task in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                string stat = File.ReadAllText(Path.Combine(task, "stat"));
                int open = stat.IndexOf('(', StringComparison.Ordinal);
                int close = stat.LastIndexOf(')');
                string name = stat[(open + 1)..close];
                name = name.StartsWith("coc-", StringComparison.Ordinal) && !name.StartsWith("coc-guard", StringComparison.Ordinal) ? "coc run threads" : name;
                string[] fields = stat[(close + 2)..].Split(' ');
                double ms = (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) * 1000.0 / 100;
                byName[name] = byName.GetValueOrDefault(name) + ms;
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return byName;
    }

    /// <summary>The runner's fixed pieces, each a thousand times in a row (after as many untimed): µs a call, wall and process CPU.</summary>
    private static void Pieces(RunOptions options)
    {
        ScriptResult succeeded = new() { Status = ScriptStatus.Succeeded, Value = null, Output = string.Empty };
        var reporter = new SecurityEventReporter("Script runner", null, null, null);
        var pieces = new (string Name, Action Body)[]
        {
            ("a run's compile token: linked source, CancelAfter, Dispose", () =>
            {
                using var source = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None);
                source.CancelAfter(options.Limits.Timeout);
            }),
            ("ScriptGuard (ticker Watch) and Kill", () => new ScriptGuard(options.Limits, CancellationToken.None).Kill("end")),
            ("ScriptInputs.Bind", () => ScriptInputs.Bind(options)),
            ("RunWatchdog Watch + Forget", () =>
            {
                var run = new ScriptRun(0, "x", options, new ScriptGlobals(), null, CancellationToken.None);
                RunWatchdog.Watch(run, Stopwatch.GetTimestamp() + Stopwatch.Frequency * 60);
                RunWatchdog.Forget(run);
            }),
            ("reporter.ReportRun (no logger, no sink)", () => reporter.ReportRun(1, succeeded, TimeSpan.FromMilliseconds(1))),
            ("ThreadCpuTime x2", () => { ThreadCpuTime.NowMilliseconds(); ThreadCpuTime.NowMilliseconds(); }),
            ("GC.GetTotalMemory(false) x2", () => { GC.GetTotalMemory(false); GC.GetTotalMemory(false); }),
            ("RunThreads handoff and back (empty body)", () =>
            {
                using var done = new ManualResetEventSlim();
                RunThreads.Start(() => done.Set(), "coc-parts");
                done.Wait();
            }),
            ("ScriptLoadContext created and unloaded, nothing loaded", () => new ScriptLoadContext().Unload()),
            ("AssemblyLoadContext (collectible) created and unloaded, nothing loaded", () => new System.Runtime.Loader.AssemblyLoadContext("x", isCollectible: true).Unload()),
            ("compile cache hit: ScriptPipeline.Compile of a cached text", () => ScriptPipeline.Compile(Cached, options.Gate, CancellationToken.None)),
            ("GateOptions: GetHashCode", () => options.Gate.GetHashCode()),
            ("GateOptions: Equals (itself)", () => options.Gate.Equals(options.Gate)),
        };

        ScriptPipeline.Compile(Cached, options.Gate, CancellationToken.None);
        Console.WriteLine("pieces, 1,000 calls each after 1,000 untimed: µs a call, wall and process CPU");
        foreach ((string name, Action body) in pieces)
        {
            for (int i = 0; i < 1_000; i++)
            {
                body();
            }

            double c0 = ProcessCpu.Milliseconds();
            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < 1_000; i++)
            {
                body();
            }

            Console.WriteLine($"  {Stopwatch.GetElapsedTime(t0).TotalMilliseconds,8:F2} {ProcessCpu.Milliseconds() - c0,8:F2}  {name}");
        }
    }

    private static void Check(ScriptResult result)
    {
        if (result.Status != ScriptStatus.Succeeded)
        {
            throw new InvalidOperationException($"{result.Status}: {result.Error}");
        }
    }
}
