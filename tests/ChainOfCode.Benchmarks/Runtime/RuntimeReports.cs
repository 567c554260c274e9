using System.Diagnostics;
using System.Globalization;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// The runtime measurements that are not a steady-state loop (BenchmarkDotNet's case): memory over many
/// distinct runs (group 3), a fresh pool's first run and a pool's throughput (group 4b), and what one run
/// costs stage by stage (group 4c). Each prints its baseline from the same process next to it.
/// </summary>
public static class RuntimeReports
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Group 3: <paramref name="runs"/> distinct small scripts in sequence, ours (trimming the C allocator's free pages
    /// unless <paramref name="trim"/> is false) then, unless <paramref name="oursOnly"/>, <paramref name="evaluateRuns"/> through EvaluateAsync.
    /// </summary>
    public static void Memory(int runs, bool oursOnly = false, bool trim = true, int evaluateRuns = 500)
    {
        var runner = new ScriptRunner(new ScriptRunnerOptions { TrimNativeMemory = trim });
        ScriptRunner.WarmUp();
        for (int i = 0; i < 50; i++)
        {
            RawScripts.Guarded(runner, Shapes.Small(RuntimeJob.Next()));
        }

        (long ws0, long heap0) = Settle();
        string where0 = WhereTheMemoryIs();
        DumpSmaps("before");
        int contexts0 = ScriptRunner.LiveLoadContexts;
        int fullCollections0 = GC.CollectionCount(GC.MaxGeneration);
        long fullTrims0 = FullCollectionTrim.Trims;
        long runThreads0 = RunThreads.Created;
        var clock = Stopwatch.StartNew();
        for (int i = 1; i <= runs; i++)
        {
            RawScripts.Guarded(runner, Shapes.Small(RuntimeJob.Next()));
            if (i < runs && i is 1_000 or 2_000 or 5_000)
            {
                // Where the growth stops: a plateau after warm-up, or a line.
                (long wsAt, long heapAt) = Settle();
                Console.WriteLine($"ours: after {i} runs: working set {Mb(wsAt)} MB (growth {Mb(wsAt - ws0)} MB); managed heap {Mb(heapAt)} MB; {WhereTheMemoryIs()}");
            }
        }

        double oursSeconds = clock.Elapsed.TotalSeconds;
        (long maintenanceCollections, TimeSpan maintenanceTime, long lastRun) = ManagedMemoryTrim.Collections;
        Console.WriteLine($"ours: the maintenance's aggressive collections (the GC's free regions back when large): {maintenanceCollections} in {maintenanceTime.TotalMilliseconds:F0} ms ({maintenanceTime.TotalMilliseconds / Math.Max(1, maintenanceCollections):F1} ms each; {maintenanceTime.TotalSeconds / oursSeconds:P2} of the runs' time); the last after the process's run {lastRun} of {NativeMemoryTrim.Runs}");
        // As a host would see it, before the report's settling collections free the contexts still waiting for a full one.
        using (Process self = Process.GetCurrentProcess())
        {
            Console.WriteLine($"ours: before settling: working set {Mb(self.WorkingSet64)} MB (growth {Mb(self.WorkingSet64 - ws0)} MB); full collections during the runs {GC.CollectionCount(GC.MaxGeneration) - fullCollections0}; trims after a full collection {FullCollectionTrim.Trims - fullTrims0}; run threads started {RunThreads.Created - runThreads0}; {WhereTheMemoryIs()}");
        }

        (long ws1, long heap1) = Settle();
        string where1 = WhereTheMemoryIs();
        DumpSmaps("after");
        int contexts1 = ScriptRunner.LiveLoadContexts;
        // What glibc still held free after the settling collections (a diagnostic: the report's own trim, after the reading).
        NativeMemoryTrim.TrimNow();
        using (Process self = Process.GetCurrentProcess())
        {
            Console.WriteLine($"ours: after a malloc_trim of the report's own, after the reading: working set {Mb(self.WorkingSet64)} MB (growth {Mb(self.WorkingSet64 - ws0)} MB)");
        }

        // The GC keeps free regions committed and gives them back over time; an aggressive collection gives them back now.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        long wsAggressive = Settle().WorkingSet;
        Console.WriteLine($"ours: after an aggressive collection (the GC decommits its free regions): working set {Mb(wsAggressive)} MB (growth {Mb(wsAggressive - ws0)} MB); {WhereTheMemoryIs()}");
        (int cached, long imageBytes) = ClearCompileCache();
        (long ws2, long heap2) = Settle();
        Console.WriteLine($"ours (trim of the C allocator's free pages every 64 runs: {(trim ? "on" : "off")}): {runs} distinct runs in {oursSeconds:F1} s; working set {Mb(ws0)} -> {Mb(ws1)} MB (growth {Mb(ws1 - ws0)} MB); managed heap {Mb(heap0)} -> {Mb(heap1)} MB; live load contexts {contexts0} -> {contexts1}");
        Console.WriteLine($"ours: where the working set is, before: {where0}");
        Console.WriteLine($"ours: where the working set is, after:  {where1}");
        Console.WriteLine($"ours: compile cache held {cached} scripts ({imageBytes / Math.Max(1, cached)} bytes of text, image and findings each, as the cache counts them; at its capacity of 512, {Mb(512L * imageBytes / Math.Max(1, cached))} MB; bound {Mb(CompiledScriptCache.CapacityBytes)} MB), {Mb(heap1 - heap2)} MB of managed heap ({Share(heap1 - heap2, heap1 - heap0)} of the heap growth); working set after clearing it {Mb(ws2)} MB");

        if (oursOnly)
        {
            return;
        }

        // EvaluateAsync keeps every submission (about 27 MB of working set a run here): a few hundred of them say how it grows.
        evaluateRuns = Math.Min(runs, evaluateRuns);
        int assemblies0 = AppDomain.CurrentDomain.GetAssemblies().Length;
        clock.Restart();
        for (int i = 0; i < evaluateRuns; i++)
        {
            RawScripts.Evaluate(Shapes.Small(RuntimeJob.Next()));
        }

        double evaluateSeconds = clock.Elapsed.TotalSeconds;
        (long ws3, long heap3) = Settle();
        int assemblies1 = AppDomain.CurrentDomain.GetAssemblies().Length;
        Console.WriteLine($"EvaluateAsync: {evaluateRuns} distinct runs in {evaluateSeconds:F1} s; working set {Mb(ws2)} -> {Mb(ws3)} MB (growth {Mb(ws3 - ws2)} MB); managed heap {Mb(heap2)} -> {Mb(heap3)} MB; assemblies loaded {assemblies0} -> {assemblies1} (never unloaded)");
        Console.WriteLine($"ratio (working-set growth per run, ours / EvaluateAsync): {(double)(ws1 - ws0) / runs / Math.Max(1.0, (ws3 - ws2) / (double)evaluateRuns):F4}; time per run ratio: {oursSeconds / runs / (evaluateSeconds / evaluateRuns):F2}");
    }

    /// <summary>Group 4b: a fresh pool's first run (against a fresh process's first in-process run) and throughput.</summary>
    public static void Worker(int runs, int repeats)
    {
        string self = typeof(RuntimeReports).Assembly.Location;
        var cold = new List<double>();
        var coldChild = new List<double>();
        var coldInChild = new List<double>();
        for (int r = 0; r < repeats; r++)
        {
            cold.Add(FirstRunMs(null));
            var clock = Stopwatch.StartNew();
            var start = new ProcessStartInfo(Environment.ProcessPath!, $"\"{self}\" --cold-inprocess") { RedirectStandardOutput = true, UseShellExecute = false };
            using Process child = Process.Start(start)!;
            string output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            coldChild.Add(clock.Elapsed.TotalMilliseconds);
            coldInChild.Add(double.Parse(output.Trim(), Invariant));
        }

        Console.WriteLine($"first run, fresh 2-worker pool (new pool, start, first result): median {Median(cold):F0} ms of {repeats} ({string.Join(", ", cold.Select(c => c.ToString("F0", Invariant)))})");
        Console.WriteLine($"baseline, fresh process running the first script in process: median {Median(coldChild):F0} ms process wall, {Median(coldInChild):F0} ms from Main to the result; ratio {Median(cold) / Median(coldChild):F2}");

        using (var pool = new WorkerPool(new WorkerPoolOptions { WorkerCount = 2 }))
        {
            pool.StartAsync().GetAwaiter().GetResult();
            WorkerBenchmarks.Check(pool.RunAsync(Shapes.Small(0), RuntimeJob.Options).GetAwaiter().GetResult());
            double workerRate = Throughput(runs, code => pool.RunAsync(code, RuntimeJob.Options));
            var runner = new ScriptRunner();
            ScriptRunner.WarmUp();
            double inProcessRate = Throughput(runs, code => runner.RunAsync(code, RuntimeJob.Options));
            Console.WriteLine($"throughput, {runs} distinct small scripts, 4 in flight: 2-worker pool (default recycling: 3,000 runs a worker) {workerRate:F0} runs/s; in process {inProcessRate:F0} runs/s; ratio {workerRate / inProcessRate:F2}");
            double workerSame = Throughput(runs, _ => pool.RunAsync(Shapes.Small(0), RuntimeJob.Options));
            double inProcessSame = Throughput(runs, _ => runner.RunAsync(Shapes.Small(0), RuntimeJob.Options));
            Console.WriteLine($"throughput, the same small script {runs} times (cached compile), 4 in flight: 2-worker pool {workerSame:F0} runs/s; in process {inProcessSame:F0} runs/s; ratio {workerSame / inProcessSame:F2}");
        }

        // The share of recycling: the same distinct scripts through a pool whose workers serve 100 runs each, the default
        // before group 4, round 5 (a replacement costs a process start and the compiler's warm-up, about a second of CPU).
        using (var pool = new WorkerPool(new WorkerPoolOptions { WorkerCount = 2, MaxRunsPerWorker = 100 }))
        {
            pool.StartAsync().GetAwaiter().GetResult();
            WorkerBenchmarks.Check(pool.RunAsync(Shapes.Small(0), RuntimeJob.Options).GetAwaiter().GetResult());
            double shortLived = Throughput(runs, code => pool.RunAsync(code, RuntimeJob.Options));
            double shortLivedSame = Throughput(runs, _ => pool.RunAsync(Shapes.Small(0), RuntimeJob.Options));
            Console.WriteLine($"throughput, 4 in flight, 2-worker pool with 100 runs a worker (the old default): {runs} distinct small scripts {shortLived:F0} runs/s, the same script {runs} times {shortLivedSame:F0} runs/s");
        }
    }

    /// <summary>
    /// Group 4, first run only: a fresh 2-worker pool's start and first result, <paramref name="repeats"/> times; with
    /// <paramref name="otherWorker"/> (a ChainOfCode.Worker.dll elsewhere, e.g. another build), the two alternate, one pair a round.
    /// </summary>
    public static void FirstRun(int repeats, string? otherWorker)
    {
        var ours = new List<double>();
        var other = new List<double>();
        for (int r = 0; r < repeats; r++)
        {
            ours.Add(FirstRunMs(null));
            if (otherWorker is not null)
            {
                other.Add(FirstRunMs(otherWorker));
            }
        }

        Console.WriteLine($"first run, fresh 2-worker pool, this build's worker: median {Median(ours):F0} ms ({string.Join(", ", ours.Select(c => c.ToString("F0", Invariant)))})");
        if (otherWorker is not null)
        {
            Console.WriteLine($"first run, fresh 2-worker pool, {otherWorker}: median {Median(other):F0} ms ({string.Join(", ", other.Select(c => c.ToString("F0", Invariant)))}); ratio to this build's {Median(other) / Median(ours):F2}");
        }
    }

    /// <summary>Milliseconds from a new 2-worker pool to its first result.</summary>
    private static double FirstRunMs(string? workerPath)
    {
        var clock = Stopwatch.StartNew();
        using var pool = new WorkerPool(new WorkerPoolOptions { WorkerCount = 2, WorkerPath = workerPath });
        pool.StartAsync().GetAwaiter().GetResult();
        WorkerBenchmarks.Check(pool.RunAsync(Shapes.Small(RuntimeJob.Next()), RuntimeJob.Options).GetAwaiter().GetResult());
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Child of <see cref="Worker"/>: a fresh process's first in-process run; prints milliseconds from Main.</summary>
    public static void ColdInProcess()
    {
        var clock = Stopwatch.StartNew();
        WorkerBenchmarks.Check(new ScriptRunner().RunAsync(Shapes.Small(RuntimeJob.Next()), RuntimeJob.Options).GetAwaiter().GetResult());
        Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString("F0", Invariant));
        Console.Error.WriteLine($"JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms compiling");
    }

    /// <summary>Group 4c: medians of each stage over <paramref name="runs"/> distinct small scripts, and the worker's round trips.</summary>
    /// <param name="warmRounds">Untimed rounds first (each: raw, the pipeline's compile, an in-process run and a worker run, all distinct),
    /// so that the JIT's tiering brings the compiler's code to tier 1 (about 1,500-2,000 distinct compiles; round 6). Default 0.</param>
    public static void Stages(int runs, int warmRounds = 0)
    {
        var runner = new ScriptRunner();
        ScriptRunner.WarmUp();
        using var pool = new WorkerPool(new WorkerPoolOptions { WorkerCount = 2, MaxRunsPerWorker = 1_000_000 });
        pool.StartAsync().GetAwaiter().GetResult();
        string same = Shapes.Small(-3);
        WorkerBenchmarks.Check(pool.RunAsync(same, RuntimeJob.Options).GetAwaiter().GetResult());
        WorkerBenchmarks.Check(pool.RunAsync(same, RuntimeJob.Options).GetAwaiter().GetResult());
        RawScripts.Guarded(runner, same);
        Task warmWorkers = Task.Run(async () =>
        {
            for (int round = 0; round < warmRounds; round++)
            {
                WorkerBenchmarks.Check(await pool.RunAsync(Shapes.Small(RuntimeJob.Next()), RuntimeJob.Options).ConfigureAwait(false));
            }
        });
        for (int round = 0; round < warmRounds; round++)
        {
            RawScripts.CompileAndRun(Shapes.Small(RuntimeJob.Next()));
            ScriptPipeline.Compile(Shapes.Small(RuntimeJob.Next()), GateOptions.Default, CancellationToken.None);
            RawScripts.Guarded(runner, Shapes.Small(RuntimeJob.Next()));
        }

        warmWorkers.GetAwaiter().GetResult();
        var times = new Dictionary<string, List<double>>();
        var cpuTimes = new Dictionary<string, List<double>>();
        void Time(string name, Action action)
        {
            double cpuStart = ProcessCpu.Milliseconds();
            long start = Stopwatch.GetTimestamp();
            action();
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            double cpu = ProcessCpu.Milliseconds() - cpuStart;
            if (!times.TryGetValue(name, out List<double>? list))
            {
                times[name] = list = [];
                cpuTimes[name] = [];
            }

            list.Add(ms);
            cpuTimes[name].Add(cpu);
        }

        for (int i = 0; i < runs + 5; i++)
        {
            string code = Shapes.Small(RuntimeJob.Next());
            byte[] image = [];
            GateResult verdict = null!;
            CSharpCompilation guarded = null!;
            Time("raw: parse, compile, emit", () => image = RawScripts.Compile(code));
            Time("raw: load, run, unload", () => RawScripts.Run(image));
            Time("gate (caps, parse, script + twin compilations, analyzers, compile errors)", () => verdict = ScriptGate.Check(code));
            Time("  gate part: script compilation's analyzer pass with its compile errors (one of the gate's two passes)", () => ScriptPass(code));
            Time("guard rewrite", () => guarded = GuardRewriter.Apply(verdict.Compilation!, verdict.Tree!, CancellationToken.None, model: verdict.Model));
            Time("emit (image + PDB: the Chain-of-Code path; a script's PDB is compiled only when a failing run needs a line)", () => ScriptEmitter.Emit(guarded, verdict.WithoutCompilation(), usesSerializer: false, CancellationToken.None));
            Time("  emit part: image only (no PDB: a script's emit)", () => guarded.Emit(new MemoryStream()));
            Time("gate + rewrite + emit (pipeline, uncached)", () => ScriptPipeline.Compile(code, GateOptions.Default, CancellationToken.None));
            Time("in process run of a cached compile (thread, load, guarded run, result, unload)", () => RawScripts.Guarded(runner, code));
            Time("in process, same text (cached)", () => RawScripts.Guarded(runner, same));
            Time("worker round trip, same text (cached in the worker)", () => WorkerBenchmarks.Check(pool.RunAsync(same, RuntimeJob.Options).GetAwaiter().GetResult()));
            Time("worker round trip, distinct text (compiles in the worker)", () => WorkerBenchmarks.Check(pool.RunAsync(Shapes.Small(RuntimeJob.Next()), RuntimeJob.Options).GetAwaiter().GetResult()));
        }

        // CPU time moves far less than wall time on a loaded machine (the worker's round trips spend theirs in
        // another process: their CPU column is only this side's; background JIT and GC threads count in every row).
        Console.WriteLine($"median of {runs} distinct small scripts (first 5 dropped), ms: wall, this process's CPU");
        foreach ((string name, List<double> list) in times)
        {
            Console.WriteLine($"  {Median(list.Skip(5).ToList()),8:F2}  {Median(cpuTimes[name].Skip(5).ToList()),8:F2}  {name}");
        }

        double framing = Median(times["worker round trip, same text (cached in the worker)"].Skip(5).ToList()) - Median(times["in process, same text (cached)"].Skip(5).ToList());
        Console.WriteLine($"  {framing,8:F2}  worker hop (round trip minus in process, same cached text): framing, pipes, the worker's dispatch");
    }

    // The gate's pass over the script compilation alone (the twin's pass is the gate's time less this and the checks).
    private static void ScriptPass(string code)
    {
        CSharpCompilation compilation = CSharpCompilation.CreateScriptCompilation(
            "script", CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions), ScriptReferences.References, ScriptGate.CompilationOptions, null, typeof(object), typeof(ScriptGlobals));
        _ = compilation.GetDiagnostics();
        _ = ChainOfCode.Analyzers.Scripts.ScriptAnalyzerDriver.Analyze(
            compilation.GetSemanticModel(compilation.SyntaxTrees[0]), ChainOfCode.Analyzers.AnalyzerHost.For(ChainOfCode.Analyzers.Rules.Policy.Default), CancellationToken.None);
    }

    internal static double Throughput(int runs, Func<string, Task<ScriptResult>> run)
    {
        var clock = Stopwatch.StartNew();
        int next = 0;
        Task[] lanes = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= runs)
            {
                WorkerBenchmarks.Check(await run(Shapes.Small(RuntimeJob.Next())).ConfigureAwait(false));
            }
        })).ToArray();
        Task.WaitAll(lanes);
        return runs / clock.Elapsed.TotalSeconds;
    }

    private static (int Count, long ImageBytes) ClearCompileCache()
    {
        (int count, long bytes) = CompiledScriptCache.Size;
        CompiledScriptCache.Clear();
        return (count, bytes);
    }

    /// <summary>COC_PROBE_SMAPS=DIR: a copy of /proc/self/smaps at a reading, to compare mapping by mapping.</summary>
    private static void DumpSmaps(string reading)
    {
        if (Environment.GetEnvironmentVariable("COC_PROBE_SMAPS") is { Length: > 0 } directory)
        {
            File.WriteAllText(Path.Combine(directory, $"memory-{reading}.txt"), File.ReadAllText("/proc/self/smaps"));
        }
    }

    private static (long WorkingSet, long Heap) Settle()
    {
        for (int i = 0; i < 5; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using Process self = Process.GetCurrentProcess();
        return (self.WorkingSet64, GC.GetTotalMemory(forceFullCollection: true));
    }

    /// <summary>The working set split: anonymous (GC heap, malloc), file-backed and shared pages (executable memory: JIT code, stubs, loader heaps, double-mapped under W^X), the GC's committed share of it, and how many methods the JIT compiled.</summary>
    private static string WhereTheMemoryIs()
    {
        string Status(string key) => File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?[(key.Length + 1)..].Trim() ?? "?";
        GCMemoryInfo gc = GC.GetGCMemoryInfo(GCKind.Any);
        return $"RssAnon {Status("RssAnon")}, RssFile {Status("RssFile")}, RssShmem {Status("RssShmem")}, GC committed {Mb(gc.TotalCommittedBytes)} MB, JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {Mb(System.Runtime.JitInfo.GetCompiledILBytes())} MB of IL, Roslyn's node cache {SyntaxNodeCacheTrim.Nodes().Count()} of 65536 slots";
    }

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F1", Invariant);

    private static string Share(long part, long whole) => whole <= 0 ? "n/a" : ((double)part / whole).ToString("P0", Invariant);

    private static double Median(List<double> values) => PairedReports.Median(values);
}
