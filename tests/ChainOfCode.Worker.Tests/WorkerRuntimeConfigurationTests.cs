using ChainOfCode.Runtime.Isolation;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// The worker's runtime configuration is ours to choose (docs/performance.md, group 4, round 6b): what its
/// runtimeconfig.json sets reaches the worker's runtime, and the benchmarks' side-by-side switch overrides it.
/// </summary>
public sealed class WorkerRuntimeConfigurationTests
{
    /// <summary>
    /// TieredPGO off (its runtimeconfig), gen0's budget capped at 6 MiB (its runtimeconfig), and the usual 100 ms tier-1
    /// delay on the one CPU its cgroup gives it (the launcher's environment: the runtime reads that knob nowhere else).
    /// </summary>
    [Theory]
    [InlineData(WorkerProbe.ReadRuntimeSetting, "System.Runtime.TieredPGO", "value:false")]
    [InlineData(WorkerProbe.ReadGcSetting, "GCGen0MaxBudget", "value:6291456")]
    [InlineData(WorkerProbe.ReadEnvironment, "DOTNET_TC_DelaySingleProcMultiplier", "value:1")]
    public async Task The_worker_runs_with_its_own_runtime_settings(string probe, string name, string expected)
    {
        await using WorkerPool pool = NewPool(probes: true);

        Assert.Equal(expected, (await pool.ProbeAsync(probe, name)).Output);
    }

    [Fact]
    public async Task A_benchmark_runtime_setting_may_restore_the_runtime_default_tiering_delay()
    {
        await using WorkerPool pool = NewPool(probes: true, configure: o => o with { RuntimeSettings = new Dictionary<string, string> { ["TC_DelaySingleProcMultiplier"] = "A" } });

        Assert.Equal("value:A", (await pool.ProbeAsync(WorkerProbe.ReadEnvironment, "DOTNET_TC_DelaySingleProcMultiplier")).Output);
    }

    [Fact]
    public async Task A_benchmark_runtime_setting_reaches_the_worker_as_a_dotnet_variable()
    {
        await using WorkerPool pool = NewPool(probes: true, configure: o => o with { RuntimeSettings = new Dictionary<string, string> { ["TieredPGO"] = "1" } });

        Assert.Equal("value:1", (await pool.ProbeAsync(WorkerProbe.ReadEnvironment, "DOTNET_TieredPGO")).Output);
    }
}
