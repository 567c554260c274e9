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
    public static async Task AssertNextRunSucceeds(WorkerPool pool)
    {
        ScriptResult result = await pool.RunAsync("var xs = new List<int> { 3, 1, 2 }; return xs.OrderBy(x => x).Sum() * 7;");
        Assert.True(result.Status == ScriptStatus.Succeeded, $"next run: {result.Status} {result.Error}");
        Assert.Equal("42", result.Value?.GetRawText());
        Assert.StartsWith("worker(", result.Isolation, StringComparison.Ordinal);
    }

    /// <summary>True while a process with this id runs ChainOfCode.Worker.dll (a reaped or zombie process is not running).</summary>
    public static bool IsWorkerAlive(int pid)
    {
        try
        {
            string cmdline = File.ReadAllText($"/proc/{pid}/cmdline");
            return cmdline.Contains("ChainOfCode.Worker", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
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

    public static bool IsProcessAlive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
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
        int[] pids = [.. Pool.WorkerProcessIds];
        await Pool.DisposeAsync();
        Assert.All(pids, pid => Assert.False(WorkerTestSupport.IsWorkerAlive(pid)));
    }
}

[CollectionDefinition(Name)]
public sealed class ProbePoolCollection : ICollectionFixture<ProbePoolFixture>
{
    public const string Name = "probe pool";
}
