using System.Text.Json.Serialization;

namespace ChainOfCode.Runtime;

/// <summary>What a run used.</summary>
/// <param name="WallMs">Wall-clock time on the run's thread: gate, rewrite and emit (skipped for a cached script), load, execution, conversion.</param>
/// <param name="CpuMs">CPU time of the run's thread over the same span (wall time where the OS gives no thread CPU time).</param>
/// <param name="AllocatedBytes">Bytes the script allocated (thread allocation counter delta).</param>
/// <param name="PeakMemoryBytes">Highest managed heap growth seen at checkpoints (approximate: the heap is shared by the process).</param>
/// <param name="Steps">Checkpoints passed (loop iterations and calls).</param>
/// <param name="MaxDepth">Deepest call depth reached.</param>
public sealed record ScriptUsage(
    long WallMs,
    long CpuMs,
    long AllocatedBytes,
    long PeakMemoryBytes,
    long Steps,
    [property: JsonIgnore] int MaxDepth)
{
    /// <summary>No usage: nothing ran.</summary>
    public static ScriptUsage None { get; } = new(0, 0, 0, 0, 0, 0);
}
