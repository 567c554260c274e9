using System.Collections.Concurrent;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Worker.Tests;

/// <summary>Pools, process checks and a recording logger for the worker tests.</summary>
internal static class WorkerTestSupport
{
    public static WorkerPool NewPool(int workers = 1, bool probes = false, ILogger? logger = null, Func<WorkerPoolOptions, WorkerPoolOptions>? configure = null)
    {
        var options = new WorkerPoolOptions
        {
            WorkerCount = workers,
            UnsafeTestProbe = probes,
            MemoryLimitBytes = 128L * 1024 * 1024,
            CompilerHeadroomBytes = 256L * 1024 * 1024,
            DeadlineGrace = TimeSpan.FromSeconds(2),
        };
        return new WorkerPool(configure is null ? options : configure(options), logger);
    }

    public static RunOptions Limits(int timeoutMs = 5_000, long? maxAllocated = null) => new()
    {
        Limits = RunLimits.Default with
        {
            Timeout = TimeSpan.FromMilliseconds(timeoutMs),
            AbandonGrace = TimeSpan.FromMilliseconds(timeoutMs),
            MaxAllocatedBytes = maxAllocated ?? RunLimits.Default.MaxAllocatedBytes,
        },
    };

    /// <summary>A benign run that must succeed on a healthy pool.</summary>
    /// <summary>
    /// The id of the pool's one worker once it has served a run: an earlier test may have ended the worker, and its
    /// replacement is in the roster only when it is live.
    /// </summary>
    public static async Task<int> ServingWorkerAsync(WorkerPool pool)
    {
        await AssertNextRunSucceeds(pool);
        return pool.WorkerProcessIds.Single();
    }

    public static async Task AssertNextRunSucceeds(WorkerPool pool)
    {
        ScriptResult result = await pool.RunAsync("var xs = new List<int> { 3, 1, 2 }; return xs.OrderBy(x => x).Sum() * 7;");
        Assert.True(result.Status == ScriptStatus.Succeeded, $"next run: {result.Status} {result.Error}");
        Assert.Equal("42", result.Value?.GetRawText());
        Assert.StartsWith("worker(", result.Isolation, StringComparison.Ordinal);
    }

    /// <summary>
    /// True while a process with this id runs ChainOfCode.Worker (a reaped or zombie process is not running). Throws
    /// when /proc cannot tell (a directory it may not read, or a /proc that hides other users' processes): "dead"
    /// is an answer only when /proc says so.
    /// </summary>
    /// <summary>
    /// Asserts that the worker process <paramref name="pid"/> is dead, or dies within 10 s: the pool waits for the process
    /// it started, while the real worker below it (a grandchild in a PID namespace) has been sent SIGKILL and may take a
    /// moment to leave the process table.
    /// </summary>
    public static void AssertWorkerDies(int pid)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (IsWorkerAlive(pid) && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Yield();
        }

        Assert.False(IsWorkerAlive(pid), $"worker process {pid} still runs 10 s after it was killed");
    }

    public static bool IsWorkerAlive(int pid) => ReadCommandLine(pid) is { } argv && argv.Any(a => a.Contains("ChainOfCode.Worker", StringComparison.Ordinal)) && IsProcessAlive(pid);

    /// <summary>
    /// The processes of each of the pool's workers: the top process the pool started (unshare, prlimit or dotnet)
    /// and the real worker, the <c>dotnet</c> process below it (in a PID namespace a grandchild, under a shell as
    /// the namespace's init). "The worker is dead" means both are.
    /// </summary>
    public static int[] WorkerProcesses(WorkerPool pool) => [.. pool.WorkerProcessIds.SelectMany(top => new[] { top, RealWorker(top) }).Distinct()];

    /// <summary>
    /// The <c>dotnet</c> process running ChainOfCode.Worker.dll at or below <paramref name="top"/>. A worker the pool
    /// replaced a moment ago (after a hostile run) may not have started its <c>dotnet</c> yet: wait for it, up to
    /// 30 s and only while its top process lives.
    /// </summary>
    public static int RealWorker(int top)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (FindRealWorker(top) is int real)
            {
                return real;
            }

            if (!IsProcessAlive(top) || clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new InvalidOperationException($"No dotnet worker process runs below process {top}.");
            }

            Thread.Sleep(50);
        }
    }

    private static int? FindRealWorker(int top)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (string directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out int pid) && ParentOf(pid) is int parent)
            {
                (children.TryGetValue(parent, out List<int>? list) ? list : children[parent] = []).Add(pid);
            }
        }

        var queue = new Queue<int>([top]);
        while (queue.TryDequeue(out int pid))
        {
            if (ReadCommandLine(pid) is [var program, .. var rest] && Path.GetFileName(program) == "dotnet" && rest.Any(a => a.EndsWith("ChainOfCode.Worker.dll", StringComparison.Ordinal)))
            {
                return pid;
            }

            foreach (int child in children.GetValueOrDefault(pid, []))
            {
                queue.Enqueue(child);
            }
        }

        return null;
    }

    /// <summary>The arguments of a process, or null when it is gone; throws when /proc cannot be read.</summary>
    private static string[]? ReadCommandLine(int pid)
    {
        AssertProcVisible();
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
        catch (IOException exception) when (exception.HResult == 3 || exception.Message.Contains("No such process", StringComparison.Ordinal))
        {
            // ESRCH: it exited while being read.
            return null;
        }
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A /proc mounted with hidepid shows a non-root reader no worker (they run as another user): no answer there.</summary>
    private static void AssertProcVisible()
    {
        if (Environment.UserName != "root" && File.ReadLines("/proc/mounts").Any(l => l.Split(' ') is [_, "/proc", "proc", var options, ..] && options.Contains("hidepid", StringComparison.Ordinal) && !options.Contains("hidepid=0", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("/proc hides other users' processes here (hidepid): whether a worker is alive cannot be read.");
        }
    }

    /// <summary>The ids of this process's children that are running the worker.</summary>
    public static IReadOnlyList<int> WorkerChildren()
    {
        var children = new List<int>();
        if (!OperatingSystem.IsLinux())
        {
            return children;
        }

        foreach (string directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out int pid))
            {
                continue;
            }

            try
            {
                string stat = File.ReadAllText(Path.Combine(directory, "stat"));
                string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1]) == Environment.ProcessId && IsWorkerAlive(pid))
                {
                    children.Add(pid);
                }
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
        }

        return children;
    }

    /// <summary>True while the process runs (not gone, not a zombie); throws when /proc cannot be read.</summary>
    public static bool IsProcessAlive(int pid)
    {
        AssertProcVisible();
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
        catch (IOException exception) when (exception.Message.Contains("No such process", StringComparison.Ordinal))
        {
            return false;
        }
    }
}

/// <summary>Records what the pool logs.</summary>
internal sealed class RecordingLogger : ILogger
{
    public ConcurrentQueue<(LogLevel Level, EventId EventId, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, eventId, formatter(state, exception)));
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}

/// <summary>One probe-enabled single-worker pool shared by the hostile and canary tests.</summary>
public sealed class ProbePoolFixture : IAsyncLifetime
{
    internal RecordingLogger Logger { get; } = new();

    internal WorkerPool Pool { get; private set; } = null!;

    public Task InitializeAsync()
    {
        // No caller suspension here: these tests are hostile on purpose, one after another.
        Pool = WorkerTestSupport.NewPool(workers: 1, probes: true, logger: Logger, configure: o => o with { ViolationThreshold = 0 });
        return Pool.StartAsync();
    }

    public async Task DisposeAsync()
    {
        int[] pids = WorkerTestSupport.WorkerProcesses(Pool);
        await Pool.DisposeAsync();
        Assert.All(pids, pid => Assert.False(WorkerTestSupport.IsWorkerAlive(pid)));
    }
}

[CollectionDefinition(Name)]
public sealed class ProbePoolCollection : ICollectionFixture<ProbePoolFixture>
{
    public const string Name = "probe pool";
}
