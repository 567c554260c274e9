using System.Collections.Generic;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// The isolation a pool's workers actually get on this machine. Its <see cref="Label"/> goes into every
/// result's <c>isolation</c> field, e.g.
/// <c>worker(netns,pidns,fs-view,rlimits,unprivileged,cpu-quota,memory-cgroup,pids-limit,heap-limit,clean-env)</c>; a layer
/// that was asked for but could not be applied is named after <c>degraded:</c> (<c>worker(...,clean-env,degraded:cpu-quota+memory-cgroup+pids-limit)</c>).
/// </summary>
/// <param name="NetworkNamespace">The worker runs in its own network namespace with no usable interface.</param>
/// <param name="ResourceLimits">RLIMIT_CPU, RLIMIT_FSIZE=0, RLIMIT_CORE=0 and RLIMIT_NOFILE are set ("prlimit" or "ulimit"), or null.</param>
/// <param name="HeapLimitBytes">The managed heap hard limit (DOTNET_GCHeapHardLimit).</param>
/// <param name="UserId">The unprivileged user id the worker runs as (no capabilities, no-new-privs), or null when it keeps the host's user.</param>
/// <param name="PidNamespace">The worker runs in its own PID namespace (with its own /proc): nothing it starts can outlive it.</param>
public sealed record WorkerIsolation(bool NetworkNamespace, string? ResourceLimits, long HeapLimitBytes, int? UserId = null, bool PidNamespace = false)
{
    /// <summary>The per-worker cgroup limits applied: <c>cpu-quota</c>, <c>memory-cgroup</c>, <c>pids-limit</c>.</summary>
    public IReadOnlyList<string> CgroupLimits { get; init; } = [];

    /// <summary>
    /// The worker sees its own read-only view of the file system: the system's programs and libraries, the dotnet
    /// runtime and its own files, nothing else of the host (no <c>/etc</c>, <c>/home</c>, <c>/tmp</c>, repository).
    /// </summary>
    public bool FileSystemView { get; init; }

    /// <summary>The layers that were asked for but could not be applied on this machine (by their label names).</summary>
    public IReadOnlyList<string> Degraded { get; init; } = [];

    /// <summary>Why each degraded layer is missing, for the operator (empty when nothing is).</summary>
    public string DegradedReason { get; init; } = string.Empty;

    /// <summary>The applied isolation as the result's <c>isolation</c> field.</summary>
    public string Label
    {
        get
        {
            var parts = new List<string>();
            if (NetworkNamespace)
            {
                parts.Add("netns");
            }

            if (PidNamespace)
            {
                parts.Add("pidns");
            }

            if (FileSystemView)
            {
                parts.Add("fs-view");
            }

            if (ResourceLimits is not null)
            {
                parts.Add("rlimits");
            }

            if (UserId is not null)
            {
                parts.Add("unprivileged");
            }

            parts.AddRange(CgroupLimits);
            parts.Add("heap-limit");
            parts.Add("clean-env");
            if (Degraded.Count > 0)
            {
                parts.Add("degraded:" + string.Join("+", Degraded));
            }

            return "worker(" + string.Join(",", parts) + ")";
        }
    }
}
