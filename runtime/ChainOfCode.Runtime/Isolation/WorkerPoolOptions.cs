using System;
using System.Collections.Generic;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>How a <see cref="WorkerPool"/> sizes, limits and starts its workers.</summary>
public sealed record WorkerPoolOptions
{
    /// <summary>Number of worker processes. Default: <see cref="Environment.ProcessorCount"/>.</summary>
    public int WorkerCount { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Runs a worker serves before it is replaced. Default 3,000: a replacement costs a process start and the compiler's
    /// warm-up (about a second of CPU), which at 100 runs cost more than the runs themselves (docs/performance.md, group 4,
    /// round 5), and its tier-1 recompiles of the compiler (about 4 s of CPU over its first ~700 distinct scripts), which
    /// a worker retired at 1,000 runs had only just paid for (3,000 distinct runs: 86-101 runs/s against 67-68; round 8);
    /// <see cref="MaxResidentBytesPerWorker"/> replaces a worker that grows sooner.
    /// </summary>
    public int MaxRunsPerWorker { get; init; } = 3_000;

    /// <summary>
    /// Resident memory of a worker (the largest process of its tree, the dotnet worker; read after every run) past which
    /// it is replaced before its next run, whatever its run count. Default null: half of the worker's memory cgroup limit
    /// (<see cref="MemoryCgroupLimitBytes"/>; 384 MiB with the defaults, where a warm worker holds about 160 MiB).
    /// </summary>
    public long? MaxResidentBytesPerWorker { get; init; }

    /// <summary>
    /// Warm a spare worker once a worker has served half of <see cref="MaxRunsPerWorker"/>, and swap it in when the
    /// worker retires (run budget or a limit hit), so that run does not wait for a cold start. Default true; a pool
    /// that ends with its worker's last run (one command of <c>coc</c>) has no use for it.
    /// </summary>
    public bool WarmSpare { get; init; } = true;

    /// <summary>Submissions waiting for a worker; one more is answered <c>queue_full</c> at once. Default 256.</summary>
    public int QueueCapacity { get; init; } = 256;

    /// <summary>Managed memory for scripts; the worker's heap hard limit is this plus <see cref="CompilerHeadroomBytes"/>. Default 256 MiB.</summary>
    public long MemoryLimitBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Heap the compiler and the runtime need besides the scripts. Default 256 MiB.</summary>
    public long CompilerHeadroomBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>CPU seconds a worker process may use in its whole life (RLIMIT_CPU); a worker past half of it is replaced before its next run. Default 300.</summary>
    public int CpuSecondsLimit { get; init; } = 300;

    /// <summary>Open file descriptors a worker may hold (RLIMIT_NOFILE). Default 256.</summary>
    public int OpenFilesLimit { get; init; } = 256;

    /// <summary>
    /// RLIMIT_NPROC of an unprivileged worker (<see cref="UnprivilegedUserId"/>), set through <c>prlimit</c>: the tasks
    /// (processes and threads) that user may have at once, counted over all its processes on the machine, so a fork
    /// bomb stops there. Root ignores this limit, so a worker that keeps root's user does not get it. Default 4096.
    /// </summary>
    public int MaxProcesses { get; init; } = 4096;

    /// <summary>Time the host waits past a run's timeout before it kills the worker. Default 2 s.</summary>
    public TimeSpan DeadlineGrace { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Time the host waits, once the caller's token is cancelled, for the worker to stop the run at its next checkpoint
    /// and answer <c>killed</c> with the output and usage so far; a worker that has not answered by then (a script stuck
    /// in a library call) is killed, and the run answers <c>killed</c> without them. The emergency stop and disposal
    /// kill at once. Default 500 ms.
    /// </summary>
    public TimeSpan CancelGrace { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Time a new worker has to warm up and say ready. Default 60 s.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Path of ChainOfCode.Worker.dll. Default: in chainofcode-worker/ (the package's ReadyToRun worker), then beside it, next to this assembly, then next to the application.</summary>
    public string? WorkerPath { get; init; }

    /// <summary>Path of the dotnet host. Default: the one running this process.</summary>
    public string? DotnetPath { get; init; }

    /// <summary>Run workers in their own network namespace when the OS allows it. Default true.</summary>
    public bool UseNetworkNamespace { get; init; } = true;

    /// <summary>
    /// Run workers in their own PID namespace (with their own /proc) when the OS allows it, so that no process a
    /// worker starts, even one that detaches itself, outlives the worker. Default true.
    /// </summary>
    public bool UsePidNamespace { get; init; } = true;

    /// <summary>
    /// Give workers their own read-only view of the file system, inside the mount namespace that comes with
    /// <see cref="UsePidNamespace"/>: only the system's programs and libraries, the dotnet runtime, the worker's own
    /// files, <c>/dev/null</c>, <c>/dev/zero</c>, <c>/dev/random</c>, <c>/dev/urandom</c> and a <c>/proc</c> of its
    /// PID namespace. The host's other files (<c>/etc</c>, <c>/home</c>, <c>/tmp</c>, the application's directory)
    /// are not there, whatever their permissions. Default true.
    /// </summary>
    public bool UseFileSystemView { get; init; } = true;

    /// <summary>Apply RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_CORE and RLIMIT_NOFILE when the OS allows it. Default true.</summary>
    public bool UseResourceLimits { get; init; } = true;

    /// <summary>
    /// Put each worker in a cgroup of its own (cgroup v2, or v1 where the controllers are mounted there) with
    /// <see cref="CpuQuotaPercent"/>, <see cref="MemoryCgroupLimitBytes"/> and <see cref="PidsLimit"/>, when this
    /// process may create cgroups (typically as root). Where it may not, the workers run without them and the
    /// isolation label says <c>degraded:</c> with the missing limits. Default true.
    /// </summary>
    public bool UseCgroups { get; init; } = true;

    /// <summary>CPU bandwidth of one worker in percent of one CPU (cgroup <c>cpu.max</c> / <c>cpu.cfs_quota_us</c>). Default 100; at least 1.</summary>
    public int CpuQuotaPercent { get; init; } = 100;

    /// <summary>
    /// Memory of one worker's whole process (managed heap, native allocations, thread stacks, code), as a cgroup
    /// limit (<c>memory.max</c> / <c>memory.limit_in_bytes</c>): past it the kernel kills the worker and the run
    /// ends <c>memory_limit</c>. Default null: the heap hard limit plus 256 MiB for the runtime's native memory.
    /// </summary>
    public long? MemoryCgroupLimitBytes { get; init; }

    /// <summary>Tasks (processes and threads) one worker may have at once (cgroup <c>pids.max</c>). Default 256.</summary>
    public int PidsLimit { get; init; } = 256;

    /// <summary>
    /// Accept workers with weaker isolation than asked for. By default a pool whose workers cannot get a layer
    /// they are asked for (<see cref="UseNetworkNamespace"/>, <see cref="UsePidNamespace"/>, <see cref="UseFileSystemView"/>, <see cref="UseResourceLimits"/>,
    /// and <see cref="UnprivilegedUserId"/> when the host runs as root) refuses to be created
    /// (<see cref="WorkerIsolationException"/> naming what is missing and why). With this set, the workers run without
    /// those layers and every result's isolation label names them after <c>degraded:</c>. Default false.
    /// </summary>
    public bool AllowDegradedIsolation { get; init; }

    /// <summary>The memory cgroup limit of one worker: <see cref="MemoryCgroupLimitBytes"/>, or the heap hard limit plus 256 MiB for the runtime's native memory.</summary>
    internal long EffectiveMemoryCgroupLimitBytes => MemoryCgroupLimitBytes ?? checked(HeapLimitBytes + (256L * 1024 * 1024));

    /// <summary>The managed heap hard limit of one worker.</summary>
    internal long HeapLimitBytes => checked(MemoryLimitBytes + CompilerHeadroomBytes);

    /// <summary>The resident memory past which a worker is replaced.</summary>
    internal long EffectiveMaxResidentBytesPerWorker => MaxResidentBytesPerWorker ?? EffectiveMemoryCgroupLimitBytes / 2;

    /// <summary>Tests only: set the resource limits with the <c>sh</c> ulimit wrapper even where <c>prlimit</c> exists.</summary>
    internal bool PreferShellLimits { get; init; }

    /// <summary>
    /// When the host runs as root on Linux, start the worker as this unprivileged user id (through <c>setpriv</c>, with
    /// no capabilities and no-new-privs), so the file system's own permissions apply to it. Default 65534 (nobody); null keeps root.
    /// </summary>
    public int? UnprivilegedUserId { get; init; } = 65534;

    /// <summary>The group id that goes with <see cref="UnprivilegedUserId"/>. Default 65534 (nogroup).</summary>
    public int UnprivilegedGroupId { get; init; } = 65534;

    /// <summary>Violations (rejections and limit hits) within <see cref="ViolationWindow"/> that suspend a caller. Default 5; 0 disables.</summary>
    public int ViolationThreshold { get; init; } = 5;

    /// <summary>The window in which violations are counted. Default 1 minute.</summary>
    public TimeSpan ViolationWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a caller stays suspended. Default 5 minutes.</summary>
    public TimeSpan SuspensionDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>An optional JSON-lines sink that receives every security event of the pool (runs, stops, suspensions, lost workers).</summary>
    public JsonLinesSecurityEventSink? EventSink { get; init; }

    /// <summary>Called for every critical event (emergency stop, protocol violation). Must not throw; it is called on a pool thread.</summary>
    public Action<SecurityEvent>? OnCritical { get; init; }

    /// <summary>The clock of the violation window and the suspensions.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Tests only: lets <see cref="WorkerPool.ProbeAsync"/> run fixed raw probes in the worker without the gate,
    /// to show that the operating-system limits hold on their own. Never enable it for real scripts.
    /// </summary>
    public bool UnsafeTestProbe { get; init; }

    /// <summary>
    /// Benchmarks only: runtime settings put into the worker's environment as <c>DOTNET_</c> variables (an environment
    /// variable overrides the worker's runtimeconfig.json), so that one process can run pools with another runtime
    /// configuration side by side. None of the variables the launcher sets itself, except its tiering delay multiplier
    /// (<c>TC_DelaySingleProcMultiplier</c>, which the runtime's default restores: <c>A</c>).
    /// </summary>
    internal IReadOnlyDictionary<string, string>? RuntimeSettings { get; init; }
}
