namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// The fixed raw probes of the test-only probe mode (<see cref="WorkerPoolOptions.UnsafeTestProbe"/>):
/// plain .NET code run in the worker without the gate, to show what the operating system alone allows.
/// </summary>
internal static class WorkerProbe
{
    /// <summary>Writes bytes to the file named by the argument (a path).</summary>
    public const string WriteFile = "write-file";

    /// <summary>Reads the file named by the argument.</summary>
    public const string ReadFile = "read-file";

    /// <summary>Connects to 127.0.0.1 at the port given by the argument.</summary>
    public const string Connect = "connect";

    /// <summary>Reads the environment variable named by the argument.</summary>
    public const string ReadEnvironment = "env";

    /// <summary>Reads the runtime setting named by the argument, as the runtime gave it to the worker (its runtimeconfig.json).</summary>
    public const string ReadRuntimeSetting = "runtime-setting";

    /// <summary>Reads the garbage collector's setting named by the argument, as the collector applied it (GC.GetConfigurationVariables).</summary>
    public const string ReadGcSetting = "gc-setting";

    /// <summary>Runs the argument with <c>/bin/sh -c</c> (which may leave a detached process behind) and waits for the shell.</summary>
    public const string StartProcess = "start-process";

    /// <summary>Lists the network interfaces the worker sees.</summary>
    public const string NetworkInterfaces = "interfaces";

    /// <summary>Writes a frame with a wrong nonce to the protocol channel.</summary>
    public const string ForgeFrame = "forge-frame";

    /// <summary>Sends the host a cancel frame for the probe's own run, with the worker's own nonce (only the host sends cancels).</summary>
    public const string SendCancel = "send-cancel";

    /// <summary>Writes frame-like bytes to file descriptor 1 (what a script reaching the raw stdout would do).</summary>
    public const string WriteRawStdout = "raw-stdout";

    /// <summary>Recurses without end: a real stack overflow.</summary>
    public const string StackOverflow = "stack-overflow";

    /// <summary>Calls Environment.FailFast.</summary>
    public const string FailFast = "fail-fast";

    /// <summary>Never answers.</summary>
    public const string Hang = "hang";

    /// <summary>Allocates until the heap hard limit stops it, keeping everything.</summary>
    public const string ExhaustHeap = "exhaust-heap";

    /// <summary>Reads the worker's own resource limits (/proc/self/limits).</summary>
    public const string Limits = "limits";

    /// <summary>Allocates native memory (outside the managed heap) until something stops it, touching every page.</summary>
    public const string ExhaustNativeMemory = "exhaust-native";

    /// <summary>Reads the cgroup limits the worker is under, as seen from inside ("cpu.cfs_quota_us=50000", "pids.max=100", ...).</summary>
    public const string CgroupLimits = "cgroup-limits";
}
