using System;
using Microsoft.Extensions.Logging;

namespace ChainOfCode.Runtime;

/// <summary>Where a runner reports its security events.</summary>
public sealed record ScriptRunnerOptions
{
    /// <summary>The logger of security events (event IDs in <see cref="SecurityEventIds"/>). Default: none.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>An optional JSON-lines sink that receives every security event.</summary>
    public JsonLinesSecurityEventSink? EventSink { get; init; }

    /// <summary>Called for every critical event (emergency stop, abandoned run). Must not throw; it is called on a runtime thread.</summary>
    public Action<SecurityEvent>? OnCritical { get; init; }

    /// <summary>
    /// Periodic memory maintenance, every 64th finished run (of every runner of the process that sets this), after the
    /// run's result is out. First the GC's free regions: when its committed memory exceeds the heap plus gen0's budget by
    /// more than 4 MB and a quarter of the heap, an aggressive collection (<see cref="GCCollectionMode.Aggressive"/>) gives them
    /// back, at most once every 256 runs (a few tens of milliseconds with a small heap; a host with a big heap needs a
    /// proportionally big excess). Then, on Linux with glibc, the C allocator's free pages (<c>malloc_trim(0)</c>):
    /// without it, the free memory that runs' native work (the JIT, the type loader, their threads) leaves in glibc's
    /// arenas stays resident, about 12 MB over a process's first thousand runs. It changes no GC or allocator setting.
    /// Default: true.
    /// </summary>
    public bool TrimNativeMemory { get; init; } = true;

    /// <summary>Called on the run's thread just before the script's code starts (tests use it to act on a running script).</summary>
    internal Action<long>? ExecutionStarting { get; init; }
}
