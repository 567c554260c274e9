using System.Globalization;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// The per-worker cgroup (this machine mounts the cgroup v1 controllers read-write; see DESIGN.md): a CPU
/// quota, a memory limit that covers native memory, and a task cap, applied by the kernel with the gate
/// skipped (raw probes), each worker's cgroup removed when it ends.
/// </summary>
public sealed class CgroupTests : IClassFixture<CgroupTests.LimitedPoolFixture>
{
    private const int CpuQuotaPercent = 50;
    private const int PidsLimit = 100;
    private const long MemoryCgroupBytes = 480L * 1024 * 1024;
    private readonly LimitedPoolFixture fixture;

    public CgroupTests(LimitedPoolFixture fixture)
    {
        this.fixture = fixture;
    }

    private WorkerPool Pool => fixture.Pool;

    [Fact]
    public async Task The_worker_runs_under_the_cgroup_limits_its_label_names()
    {
        ScriptResult result = await Pool.ProbeAsync(WorkerProbe.CgroupLimits);
        string[] knobs = result.Output.Split('\n');
        Assert.Contains("cpu.cfs_quota_us=" + (CpuQuotaPercent * 1000).ToString(CultureInfo.InvariantCulture), knobs);
        Assert.Contains("cpu.cfs_period_us=100000", knobs);
        Assert.Contains("memory.limit_in_bytes=" + MemoryCgroupBytes.ToString(CultureInfo.InvariantCulture), knobs);
        Assert.Contains("pids.max=" + PidsLimit.ToString(CultureInfo.InvariantCulture), knobs);
        Assert.Contains("cpu-quota,memory-cgroup,pids-limit", result.Isolation, StringComparison.Ordinal);
        Assert.DoesNotContain("degraded", result.Isolation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Native_memory_past_the_cgroup_limit_ends_in_memory_limit_and_the_worker_cgroup_is_removed()
    {
        // The managed heap limit cannot see this: only the memory cgroup stops it.
        int[] before = WorkerProcesses(Pool);
        ScriptResult result = await Pool.ProbeAsync(WorkerProbe.ExhaustNativeMemory, timeoutMs: 60_000);
        Assert.Equal(ScriptStatus.MemoryLimit, result.Status);
        Assert.All(before, AssertWorkerDies);

        await AssertNextRunSucceeds(Pool);
        Assert.Single(OwnCgroups("memory"));
    }

    [Fact]
    public async Task A_fork_bomb_stops_at_the_pids_limit_and_dies_with_the_worker()
    {
        // RLIMIT_NPROC is far above the cgroup's cap here: the cap stops it.
        string seconds = (9_000 + Random.Shared.Next(1_000)).ToString(CultureInfo.InvariantCulture);
        await Pool.ProbeAsync(WorkerProbe.StartProcess, "i=0; while [ $i -lt 400 ]; do sleep " + seconds + " > /dev/null 2>&1 & i=$((i+1)); done");
        Assert.InRange(Sleepers(seconds), 1, PidsLimit - 1);

        ScriptResult hang = await Pool.ProbeAsync(WorkerProbe.Hang, timeoutMs: 200);
        Assert.Equal(ScriptStatus.Timeout, hang.Status);
        Assert.Equal(0, Sleepers(seconds));
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task Disposing_the_pool_removes_every_worker_cgroup()
    {
        WorkerPool pool = NewPool();
        await pool.StartAsync();
        Assert.Equal(1 + Pool.WorkerProcessIds.Count, OwnCgroups("pids").Count);
        await pool.DisposeAsync();
        Assert.Equal(Pool.WorkerProcessIds.Count, OwnCgroups("pids").Count);
        Assert.Equal(Pool.WorkerProcessIds.Count, OwnCgroups("cpu").Count);
        Assert.Equal(Pool.WorkerProcessIds.Count, OwnCgroups("memory").Count);
    }

    /// <summary>The worker cgroups this test process created under a controller (wherever its own cgroup is).</summary>
    internal static List<string> OwnCgroups(string controller)
    {
        string own = File.ReadAllLines("/proc/self/cgroup").Select(l => l.Split(':', 3)).Single(f => f[1].Split(',').Contains(controller))[2];
        string directory = Path.Combine("/sys/fs/cgroup", controller, own.TrimStart('/'));
        return [.. Directory.EnumerateDirectories(directory, "coc-worker-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-*")];
    }

    private static int Sleepers(string seconds) => Directory.EnumerateDirectories("/proc").Count(directory =>
    {
        try
        {
            return int.TryParse(Path.GetFileName(directory), out int pid)
                && File.ReadAllText(Path.Combine(directory, "cmdline")) == "sleep\0" + seconds + "\0"
                && IsProcessAlive(pid);
        }
        catch (IOException)
        {
            return false;
        }
    });

    /// <summary>One probe-enabled worker with small cgroup limits, shared by the tests of this class.</summary>
    public sealed class LimitedPoolFixture : IAsyncLifetime
    {
        public WorkerPool Pool { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Pool = NewPool(probes: true, configure: o => o with
            {
                ViolationThreshold = 0,
                CpuQuotaPercent = CpuQuotaPercent,
                PidsLimit = PidsLimit,
                MemoryCgroupLimitBytes = MemoryCgroupBytes,
                MaxProcesses = 4096,
            });
            return Pool.StartAsync();
        }

        public async Task DisposeAsync()
        {
            await Pool.DisposeAsync();
            Assert.Empty(OwnCgroups("pids"));
        }
    }
}
