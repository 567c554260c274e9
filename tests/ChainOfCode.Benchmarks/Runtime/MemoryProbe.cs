using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 3's probe: where a long sequence of runs leaves native memory. Checkpoints print the resident set
/// by kind of mapping (/proc/self/smaps), the runtime's loader events (assemblies loaded and really unloaded:
/// an unload event fires when the native loader allocator is destroyed, not when the load context is dropped)
/// and the methods the JIT compiled, by where they live.
/// </summary>
public static partial class MemoryProbe
{
    public static void Run(int runs, int every)
    {
        using var events = new RuntimeEvents();
        // COC_PROBE_TRIM=1: no trim between runs, one at each checkpoint (what it gives back then, and what it costs).
        var runner = new ScriptRunner(new ScriptRunnerOptions { TrimNativeMemory = Environment.GetEnvironmentVariable("COC_PROBE_TRIM") is null });
        ScriptRunner.WarmUp();
        for (int i = 0; i < 50; i++)
        {
            RawScripts.Guarded(runner, Shapes.Small(RuntimeJob.Next()));
        }

        Report(0, events);
        for (int i = 1; i <= runs; i++)
        {
            RawScripts.Guarded(runner, Shapes.Small(RuntimeJob.Next()));
            if (i % every == 0)
            {
                Report(i, events);
            }
        }
    }

    private static void Report(int done, RuntimeEvents events)
    {
        // The GC as the runner's maintenance sees it after a run (its last collection's numbers), then after the settling collections.
        string gcAtRun = GcSummary();
        for (int i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        if (Environment.GetEnvironmentVariable("COC_PROBE_TRIM") == "1")
        {
            long before = Smaps().Values.Sum(v => v.Rss);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            NativeMemoryTrim.TrimNow();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}] malloc_trim(0) in {clock.Elapsed.TotalMilliseconds:F2} ms: rss {before / 1024.0:F1} -> {Smaps().Values.Sum(v => v.Rss) / 1024.0:F1} MB"));
        }

        string gcSettled = GcSummary();
        if (Environment.GetEnvironmentVariable("COC_PROBE_AGGRESSIVE") == "1")
        {
            // What an aggressive collection (the GC decommits its free regions) gives back now, and what it costs.
            long before = Smaps().Values.Sum(v => v.Rss);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}] aggressive collection in {clock.Elapsed.TotalMilliseconds:F2} ms: rss {before / 1024.0:F1} -> {Smaps().Values.Sum(v => v.Rss) / 1024.0:F1} MB; {GcSummary()}"));
        }

        Console.WriteLine($"[{done}] GC after the run: {gcAtRun}; settled: {gcSettled}");
        // COC_PROBE_SMAPS=DIR: a copy of /proc/self/smaps at each checkpoint, to compare mapping by mapping.
        if (Environment.GetEnvironmentVariable("COC_PROBE_SMAPS") is { Length: > 0 } smapsDirectory)
        {
            File.WriteAllText(Path.Combine(smapsDirectory, $"smaps-{done}.txt"), File.ReadAllText("/proc/self/smaps"));
        }

        Dictionary<string, (long Rss, int Count)> byKind = Smaps();
        string top = string.Join(", ", byKind.OrderByDescending(k => k.Value.Rss).Take(8).Select(k => $"{k.Key} {k.Value.Rss / 1024.0:F1} MB/{k.Value.Count}"));
        int collectibleAlcs = AssemblyLoadContext.All.Count(c => c.IsCollectible);
        int collectibleAssemblies = AppDomain.CurrentDomain.GetAssemblies().Count(a => a.IsCollectible);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}] rss {byKind.Values.Sum(v => v.Rss) / 1024.0:F1} MB; {top}; threads {System.Diagnostics.Process.GetCurrentProcess().Threads.Count}; heap {GC.GetTotalMemory(false) / 1048576.0:F1} MB ({NodeCacheFill()} of Roslyn's syntax node cache filled); {Malloc()}; collectible ALCs {collectibleAlcs}, assemblies {collectibleAssemblies}; {events.Summary()}"));
    }

    /// <summary>The GC's last collection: committed bytes, heap size, fragmentation, and the runner's maintenance collections so far.</summary>
    private static string GcSummary()
    {
        GCMemoryInfo gc = GC.GetGCMemoryInfo(GCKind.Any);
        GCMemoryInfo ephemeral = GC.GetGCMemoryInfo(GCKind.Ephemeral);
        return string.Create(CultureInfo.InvariantCulture, $"committed {gc.TotalCommittedBytes / 1048576.0:F1} MB, heap {gc.HeapSizeBytes / 1048576.0:F1} MB, fragmented {gc.FragmentedBytes / 1048576.0:F1} MB, gen0 after {gc.GenerationInfo[0].SizeAfterBytes / 1048576.0:F1} MB, gen2 collections {GC.CollectionCount(2)}; last ephemeral collection: gen0 before {ephemeral.GenerationInfo[0].SizeBeforeBytes / 1048576.0:F1} MB, gen1 before {ephemeral.GenerationInfo[1].SizeBeforeBytes / 1048576.0:F1} MB, committed {ephemeral.TotalCommittedBytes / 1048576.0:F1} MB");
    }

    /// <summary>Occupied slots of Roslyn's process-wide cache of small green nodes (65,536 slots, each holding a node and its subtree).</summary>
    private static string NodeCacheFill()
    {
        Type? cache = typeof(Microsoft.CodeAnalysis.SyntaxNode).Assembly.GetType("Microsoft.CodeAnalysis.Syntax.InternalSyntax.SyntaxNodeCache");
        if (cache?.GetField("s_cache", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)?.GetValue(null) is not Array entries)
        {
            return "n/a";
        }

        // The cache is an array of green nodes, null where a slot is free.
        int used = 0;
        foreach (object? entry in entries)
        {
            used += entry is null ? 0 : 1;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{used}/{entries.Length}");
    }

    /// <summary>glibc's arenas (malloc_info): how many, the bytes they hold from the system, and the bytes free inside them.</summary>
    private static string Malloc()
    {
        string path = Path.Combine(Path.GetTempPath(), "coc-malloc-" + Environment.ProcessId + ".xml");
        nint file = FOpen(path, "w");
        if (file == 0)
        {
            return "malloc_info n/a";
        }

        MallocInfo(0, file);
        FClose(file);
        string xml = File.ReadAllText(path);
        File.Delete(path);
        int arenas = HeapTag().Matches(xml).Count;
        int tail = xml.LastIndexOf("</heap>", StringComparison.Ordinal);
        string totals = tail < 0 ? xml : xml[tail..];
        long Sum(string type) => TotalTag().Matches(totals).Where(m => m.Groups[1].Value == type).Sum(m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        long system = SystemTag().Matches(totals).Where(m => m.Groups[1].Value == "current").Sum(m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        long mmapped = TotalTag().Matches(totals).Where(m => m.Groups[1].Value == "mmap").Sum(m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        // Each arena: what it holds from the system / what is free in it (MB), in malloc_info's order (the main arena first).
        var perArena = new List<string>();
        foreach (string heap in xml.Split("<heap nr=").Skip(1))
        {
            string own = heap[..Math.Max(0, heap.IndexOf("</heap>", StringComparison.Ordinal))];
            long Own(string type) => TotalTag().Matches(own).Where(m => m.Groups[1].Value == type).Sum(m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            long current = SystemTag().Matches(own).Where(m => m.Groups[1].Value == "current").Sum(m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            perArena.Add(string.Create(CultureInfo.InvariantCulture, $"{current / 1048576.0:F1}/{(Own("fast") + Own("rest")) / 1048576.0:F1}"));
        }

        return string.Create(CultureInfo.InvariantCulture, $"malloc: {arenas} arenas, {system / 1048576.0:F1} MB from the system, {(Sum("fast") + Sum("rest")) / 1048576.0:F1} MB free in them, {mmapped / 1048576.0:F1} MB mmapped; by arena (system/free MB): {string.Join(" ", perArena)}");
    }

    [DllImport("libc", EntryPoint = "fopen")]
    private static extern nint FOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [MarshalAs(UnmanagedType.LPUTF8Str)] string mode);

    [DllImport("libc", EntryPoint = "fclose")]
    private static extern int FClose(nint file);

    [DllImport("libc", EntryPoint = "malloc_info")]
    private static extern int MallocInfo(int options, nint file);

    [GeneratedRegex("<heap nr=")]
    private static partial Regex HeapTag();

    [GeneratedRegex("<total type=\"(\\w+)\" count=\"\\d+\" size=\"(\\d+)\"")]
    private static partial Regex TotalTag();

    [GeneratedRegex("<system type=\"(\\w+)\" size=\"(\\d+)\"")]
    private static partial Regex SystemTag();

    /// <summary>Resident kilobytes and mapping count by kind: the file or pseudo-name, anonymous mappings split by their permissions.</summary>
    private static Dictionary<string, (long Rss, int Count)> Smaps()
    {
        var result = new Dictionary<string, (long Rss, int Count)>();
        string kind = "?";
        foreach (string line in File.ReadLines("/proc/self/smaps"))
        {
            int space = line.IndexOf(' ');
            if (space > 0 && line.AsSpan(0, space).Contains('-') && !line.AsSpan(0, space).Contains(':'))
            {
                string[] parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                string name = parts.Length > 5 ? parts[5].Trim() : "anon";
                if (name.StartsWith('/'))
                {
                    name = Path.GetExtension(name) is { Length: > 0 } ext ? "file" + ext : "file";
                }

                kind = (name.StartsWith("/memfd", StringComparison.Ordinal) ? "memfd" : name) + " " + parts[1];
                (long r, int c) = result.GetValueOrDefault(kind);
                result[kind] = (r, c + 1);
            }
            else if (line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                long kb = long.Parse(line.AsSpan(4).Trim().TrimEnd(" kB"), CultureInfo.InvariantCulture);
                (long r, int c) = result[kind];
                result[kind] = (r + kb, c);
            }
        }

        return result;
    }

    /// <summary>Counts the runtime's loader and JIT events.</summary>
    private sealed class RuntimeEvents : EventListener
    {
        private readonly Dictionary<string, int> counts = [];

        public string Summary()
        {
            lock (counts)
            {
                return string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // Loader (0x8) | Jit (0x10).
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x18);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            string key = e.EventName ?? e.EventId.ToString(CultureInfo.InvariantCulture);
            if (e.EventName == "MethodLoadVerbose_V1" || e.EventName == "MethodLoadVerbose_V2")
            {
                string ns = e.Payload?[e.PayloadNames!.IndexOf("MethodNamespace")] as string ?? "?";
                key = "jit:" + (ns.StartsWith("Script", StringComparison.Ordinal) || ns.StartsWith("Submission", StringComparison.Ordinal) ? "script" : ns.Split('.', '`', '[')[0]);
            }
            else if (e.EventName is not null && (e.EventName.StartsWith("MethodJitting", StringComparison.Ordinal) || e.EventName.StartsWith("MethodILToNative", StringComparison.Ordinal) || e.EventName.StartsWith("MethodDetails", StringComparison.Ordinal)))
            {
                return;
            }

            lock (counts)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
    }
}
