using System.Diagnostics;
using System.Globalization;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 4c: where a worker's run goes. One worker that never retires runs the same small script (or distinct
/// ones) one at a time; at fixed points of its life the worker process's CPU is read from /proc, split by thread
/// name (the script's own threads end with their run: they are the "exited threads" share), beside the host's CPU
/// and the run thread's own CPU from each result's usage. Linux only.
/// </summary>
public static class WorkerProfile
{
    private static readonly int[] Marks = [1, 10, 50, 100, 200, 400, 1_000, 2_000, 5_000];

    public static void Run(int runs, bool distinct, string variant = "base")
    {
        using var pool = new WorkerPool(WorkerConfigReport.Apply(variant, new WorkerPoolOptions { WorkerCount = 1, MaxRunsPerWorker = int.MaxValue, WarmSpare = false }));
        var clock = Stopwatch.StartNew();
        pool.StartAsync().GetAwaiter().GetResult();
        int top = pool.WorkerProcessIds.Single();
        int worker = Descendants(top).Last();
        Dictionary<string, long> before = ThreadTicks(worker);
        Console.WriteLine($"start: {clock.Elapsed.TotalMilliseconds:F0} ms to ready; worker CPU {Sum(before) * 10} ms ({Describe(before, 1)}); resident {ResidentMb(worker)} MB (anonymous executable {ExecutableKb(worker) / 1024.0:F1})");
        double hostBefore = ProcessCpu.Milliseconds();
        long wallBefore = Stopwatch.GetTimestamp();
        long runCpu = 0;
        long runWall = 0;
        int from = 0;
        string same = Shapes.Small(-7);
        for (int i = 1; i <= runs; i++)
        {
            ScriptResult result = pool.RunAsync(distinct ? Shapes.Small(RuntimeJob.Next()) : same, RuntimeJob.Options).GetAwaiter().GetResult();
            WorkerBenchmarks.Check(result);
            runCpu += result.Usage.CpuMs;
            runWall += result.Usage.WallMs;
            if (Array.IndexOf(Marks, i) < 0 && i != runs)
            {
                continue;
            }

            int n = i - from;
            Dictionary<string, long> after = ThreadTicks(worker);
            var delta = after.ToDictionary(e => e.Key, e => e.Value - before.GetValueOrDefault(e.Key));
            double wall = Stopwatch.GetElapsedTime(wallBefore).TotalMilliseconds;
            double host = ProcessCpu.Milliseconds() - hostBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"runs {from + 1}-{i}: per run {wall / n:F2} ms wall; run thread (usage) {(double)runWall / n:F2} ms wall, {(double)runCpu / n:F2} ms CPU; worker process CPU {Sum(delta) * 10.0 / n:F2} ms ({Describe(delta, n)}); host CPU {host / n:F2} ms; worker resident {ResidentMb(worker)} MB (anonymous executable {ExecutableKb(worker) / 1024.0:F1})"));
            before = after;
            hostBefore = ProcessCpu.Milliseconds();
            wallBefore = Stopwatch.GetTimestamp();
            runCpu = runWall = 0;
            from = i;
        }

        // What the host reads after every run to decide a retirement (CPU-time and memory bounds).
        using Process process = Process.GetProcessById(top);
        double cpu0 = ProcessCpu.Milliseconds();
        for (int i = 0; i < 1_000; i++)
        {
            ProcessTreeUsage.Of(process, top);
        }

        Console.WriteLine($"host: one walk of the worker's process tree in /proc ({Descendants(top).Count} processes): {ProcessCpu.Milliseconds() - cpu0:F0} us CPU");
    }

    /// <summary>
    /// A pool with its default recycling (<paramref name="workers"/> workers, <paramref name="inFlight"/> submissions at
    /// once, the same script or distinct ones, a variant as <c>--worker-config</c> takes): the runs that took long, with
    /// the worker that served them, and the spares' starts.
    /// </summary>
    public static void Recycling(int runs, int workers, int inFlight, int maxRuns, bool distinct = false, string variant = "base")
    {
        using var pool = new WorkerPool(WorkerConfigReport.Apply(variant, new WorkerPoolOptions { WorkerCount = workers, MaxRunsPerWorker = maxRuns }));
        pool.StartAsync().GetAwaiter().GetResult();
        string same = Shapes.Small(-7);
        WorkerBenchmarks.Check(pool.RunAsync(same, RuntimeJob.Options).GetAwaiter().GetResult());
        var clock = Stopwatch.StartNew();
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        pool.SpareReady += pid => log.Enqueue($"{clock.Elapsed.TotalMilliseconds,8:F0} ms: spare {pid} ready");
        var served = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        pool.RequestSent += pid => served.AddOrUpdate(pid, 1, (_, c) => c + 1);
        double hostCpu = ProcessCpu.Milliseconds();
        int next = 0;
        Task[] lanes = Enumerable.Range(0, inFlight).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is int i && i <= runs)
            {
                long start = Stopwatch.GetTimestamp();
                WorkerBenchmarks.Check(await pool.RunAsync(distinct ? Shapes.Small(RuntimeJob.Next()) : same, RuntimeJob.Options).ConfigureAwait(false));
                double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (ms > (distinct ? 1_000 : 50))
                {
                    log.Enqueue($"{clock.Elapsed.TotalMilliseconds,8:F0} ms: run {i} took {ms:F0} ms");
                }
            }
        })).ToArray();
        Task.WaitAll(lanes);
        double seconds = clock.Elapsed.TotalSeconds;
        foreach (string line in log)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} {(distinct ? "distinct" : "cached")} runs ({variant}), {workers} workers, {inFlight} in flight, {maxRuns} runs a worker: {runs / seconds:F0} runs/s; host CPU {(ProcessCpu.Milliseconds() - hostCpu) / runs:F2} ms a run; runs per worker process: {string.Join(", ", served.Values)}"));
    }

    internal static long ResidentMb(int pid) =>
        long.Parse(File.ReadAllText($"/proc/{pid}/stat")[(File.ReadAllText($"/proc/{pid}/stat").LastIndexOf(')') + 2)..].Split(' ')[21], CultureInfo.InvariantCulture) * Environment.SystemPageSize / (1024 * 1024);

    /// <summary>
    /// Resident kB of the worker's anonymous executable mappings (/proc/pid/smaps): the JIT's code heaps and stubs, which
    /// the worker keeps anonymous (it runs with W^X off); tiered PGO's instrumented copies land there.
    /// </summary>
    internal static long ExecutableKb(int pid)
    {
        long kb = 0;
        bool executable = false;
        foreach (string line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-', StringComparison.Ordinal) && fields[1].Length == 4)
            {
                executable = fields[1][2] == 'x' && fields[4] == "0";
            }
            else if (executable && fields is ["Rss:", string value, "kB"])
            {
                kb += long.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        return kb;
    }

    private static long Sum(Dictionary<string, long> ticks) => ticks.Values.Sum();

    private static string Describe(Dictionary<string, long> ticks, int runs) =>
        string.Join(", ", ticks.Where(e => e.Value != 0).OrderByDescending(e => e.Value).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key} {e.Value * 10.0 / runs:F2}")));

    /// <summary>The process tree below <paramref name="root"/>, depth first (the wrappers, then the dotnet worker last).</summary>
    internal static List<int> Descendants(int root)
    {
        var found = new List<int> { root };
        for (int i = 0; i < found.Count; i++)
        {
            foreach (string task in Directory.EnumerateDirectories($"/proc/{found[i]}/task"))
            {
                try
                {
                    found.AddRange(File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse));
                }
                catch (IOException)
                {
                    // The thread ended meanwhile.
                }
            }
        }

        return found;
    }

    /// <summary>CPU clock ticks (10 ms) of a process by thread name; what ended threads used is "exited threads".</summary>
    private static Dictionary<string, long> ThreadTicks(int pid)
    {
        var ticks = new Dictionary<string, long>();
        long live = 0;
        foreach (string task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                long t = Ticks(File.ReadAllText(Path.Combine(task, "stat")));
                string name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                name = name.StartsWith("coc-script-", StringComparison.Ordinal) ? "coc-script (live)" : name;
                ticks[name] = ticks.GetValueOrDefault(name) + t;
                live += t;
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        ticks["exited threads"] = Ticks(File.ReadAllText($"/proc/{pid}/stat")) - live;
        return ticks;
    }

    internal static long Ticks(string stat)
    {
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
