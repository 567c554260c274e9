using System.Globalization;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 2, round 16 (<c>--guard-threads ROUNDS SHAPE [warm]</c>): where <c>--paired-guards</c>' runtime column spends CPU
/// that its guarded image column does not. One round runs, in this order: the two image columns on the caller's thread,
/// the same on a <see cref="RunThreads"/> thread (the caller waiting), the runtime column as <see cref="RawScripts.Guarded"/>
/// blocks on it, the same waiting on a kernel handle (no spinning), and the same with the caller's own CPU read before and
/// after <see cref="ScriptRunner.RunAsync"/> returns. Around each, every thread's time on a CPU and its times scheduled in
/// (Linux: <c>/proc/self/task/*/schedstat</c>, nanoseconds); the caller's row ("main") also holds part of those reads.
/// <c>warm</c> first brings every column's own code to tier 1 (<see cref="PairedReports.WarmColumns"/>).
/// </summary>
public static class GuardThreads
{
    public static void Run(int rounds, string shape, bool warm)
    {
        var runner = new ScriptRunner();
        ScriptRunner.WarmUp();
        string code = shape.StartsWith("nesting depth ", StringComparison.Ordinal) ? Shapes.Nested(int.Parse(shape[14..], CultureInfo.InvariantCulture)) : Shapes.Cpu[shape];
        byte[] raw = RawScripts.Compile(code);
        CompiledScript compiled = ScriptPipeline.Compile(code, GateOptions.Default, CancellationToken.None);
        var start = new List<double>();
        var wait = new List<double>();
        var columns = new (string Name, Action Body)[]
        {
            ("unguarded", () => RawScripts.Run(raw)),
            ("guarded image", () => PairedReports.RunGuardedImage(compiled)),
            ("unguarded, run thread", () => OnRunThread(() => RawScripts.Run(raw))),
            ("guarded image, run thread", () => OnRunThread(() => PairedReports.RunGuardedImage(compiled))),
            ("runtime", () => RawScripts.Guarded(runner, code)),
            ("runtime, kernel wait", () => ((IAsyncResult)runner.RunAsync(code, RuntimeJob.Options)).AsyncWaitHandle.WaitOne()),
            ("runtime, caller split", () =>
            {
                long s0 = CallerNs();
                Task<ScriptResult> task = runner.RunAsync(code, RuntimeJob.Options);
                long s1 = CallerNs();
                task.GetAwaiter().GetResult();
                long s2 = CallerNs();
                start.Add((s1 - s0) / 1e6);
                wait.Add((s2 - s1) / 1e6);
            }),
        };
        if (warm)
        {
            PairedReports.WarmColumns(runner);
        }

        var spent = columns.Select(_ => new Dictionary<string, (double Ms, long Slices)>()).ToArray();
        var perRound = columns.Select(_ => new Dictionary<string, List<double>>()).ToArray();
        var process = columns.Select(_ => new List<double>()).ToArray();
        var walls = columns.Select(_ => new List<double>()).ToArray();
        var collections = new int[columns.Length];
        for (int round = 0; round < rounds + 1; round++)
        {
            for (int c = 0; c < columns.Length; c++)
            {
                Dictionary<int, (string Name, long Ns, long Slices)> before = Threads();
                double c0 = ProcessCpu.Milliseconds();
                int gc0 = GC.CollectionCount(0);
                long w0 = System.Diagnostics.Stopwatch.GetTimestamp();
                columns[c].Body();
                double wall = System.Diagnostics.Stopwatch.GetElapsedTime(w0).TotalMilliseconds;
                double cpu = ProcessCpu.Milliseconds() - c0;
                Dictionary<int, (string Name, long Ns, long Slices)> after = Threads();
                if (round == 0)
                {
                    continue;
                }

                collections[c] += GC.CollectionCount(0) - gc0;
                process[c].Add(cpu);
                walls[c].Add(wall);
                var thisRound = new Dictionary<string, double>();
                foreach ((int tid, (string name, long ns, long slices)) in after)
                {
                    (string _, long ns0, long slices0) = before.GetValueOrDefault(tid, (name, 0, 0));
                    if (ns > ns0 || slices > slices0)
                    {
                        (double ms, long s) = spent[c].GetValueOrDefault(name);
                        spent[c][name] = (ms + (ns - ns0) / 1e6, s + slices - slices0);
                        thisRound[name] = thisRound.GetValueOrDefault(name) + (ns - ns0) / 1e6;
                    }
                }

                thisRound["all threads"] = thisRound.Values.Sum();
                thisRound["all but the tiering JIT"] = thisRound["all threads"] - thisRound.GetValueOrDefault(".NET Tiered Com");
                foreach (string name in thisRound.Keys.Union(perRound[c].Keys).ToList())
                {
                    if (!perRound[c].TryGetValue(name, out List<double>? list))
                    {
                        perRound[c][name] = list = Enumerable.Repeat(0.0, round - 1).ToList();
                    }

                    list.Add(thisRound.GetValueOrDefault(name));
                }
            }
        }

        Console.WriteLine($"{rounds} rounds of {shape} after one untimed{(warm ? ", the columns warmed first (PairedReports.WarmColumns)" : "")}; process CPU, median ms a run: " + string.Join(", ", columns.Select((col, c) => $"{col.Name} {PairedReports.Median(process[c]):F3}")));
        Console.WriteLine("wall, median ms a run: " + string.Join(", ", columns.Select((col, c) => $"{col.Name} {PairedReports.Median(walls[c]):F3}")));
        Console.WriteLine("each column less the guarded image's in the same round, median ms (CPU / wall): " + string.Join(", ", columns.Select((col, c) => $"{col.Name} {PairedReports.Median(process[c].Zip(process[1], (a, b) => a - b).ToList()):F3} / {PairedReports.Median(walls[c].Zip(walls[1], (a, b) => a - b).ToList()):F3}")));
        Console.WriteLine("collections (all generations count in gen0's) over the timed rounds: " + string.Join(", ", columns.Select((col, c) => $"{col.Name} {collections[c]}")));
        Console.WriteLine($"the caller's CPU, median ms a run: RunAsync until it returns {PairedReports.Median(start):F3}, then blocked on its task {PairedReports.Median(wait):F3}");
        Console.WriteLine("per thread, median ms on a CPU a run:");
        Console.WriteLine("| thread | " + string.Join(" | ", columns.Select(c => c.Name)) + " |");
        Console.WriteLine("|---|" + string.Concat(columns.Select(_ => "--:|")));
        foreach (string name in perRound.SelectMany(s => s.Keys).Distinct())
        {
            Console.WriteLine($"| {name} | " + string.Join(" | ", perRound.Select(s => s.TryGetValue(name, out List<double>? list) ? $"{PairedReports.Median(list):F3}" : "")) + " |");
        }

        Console.WriteLine("per thread, mean ms on a CPU a run / times scheduled in a run:");
        Console.WriteLine("| thread | " + string.Join(" | ", columns.Select(c => c.Name)) + " |");
        Console.WriteLine("|---|" + string.Concat(columns.Select(_ => "--:|")));
        foreach (string name in spent.SelectMany(s => s.Keys).Distinct().OrderByDescending(n => spent.Sum(s => s.GetValueOrDefault(n).Ms)))
        {
            Console.WriteLine($"| {name} | " + string.Join(" | ", spent.Select(s => $"{s.GetValueOrDefault(name).Ms / rounds:F3} / {(double)s.GetValueOrDefault(name).Slices / rounds:F1}")) + " |");
        }
    }

    /// <summary>Runs <paramref name="body"/> on a run thread, the caller blocked until it is done.</summary>
    private static void OnRunThread(Action body)
    {
        using var done = new ManualResetEventSlim();
        RunThreads.Start(() => { body(); done.Set(); }, "coc-script-probe");
        done.Wait();
    }

    /// <summary>This thread's nanoseconds on a CPU.</summary>
    private static long CallerNs() => long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], CultureInfo.InvariantCulture);

    /// <summary>Each thread of this process: its name, nanoseconds on a CPU and times scheduled in (empty off Linux).</summary>
    internal static Dictionary<int, (string Name, long Ns, long Slices)> Threads()
    {
        var threads = new Dictionary<int, (string, long, long)>();
        if (!OperatingSystem.IsLinux())
        {
            return threads;
        }

        int pid = Environment.ProcessId;
        foreach (string task in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                int tid = int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture);
                string name = tid == pid ? "main" : File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n');
                name = name.StartsWith("coc-script", StringComparison.Ordinal) ? "coc run threads" : name;
                string[] fields = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                threads[tid] = (name, long.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[2], CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return threads;
    }
}
