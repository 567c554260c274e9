using ChainOfCode.Runtime.Isolation;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// The worker's runtime configuration is ours to choose (docs/performance.md, group 4, round 6b): what its
/// runtimeconfig.json sets reaches the worker's runtime, and the benchmarks' side-by-side switch overrides it.
/// </summary>
public sealed class WorkerRuntimeConfigurationTests
{
    [Fact]
    public async Task The_worker_runs_without_tiered_PGO()
    {
        await using WorkerPool pool = NewPool(probes: true);

        Assert.Equal("value:false", (await pool.ProbeAsync(WorkerProbe.ReadRuntimeSetting, "System.Runtime.TieredPGO")).Output);
    }

    [Fact]
    public async Task The_worker_caps_the_gen0_budget_of_its_collector_at_6_MiB()
    {
        await using WorkerPool pool = NewPool(probes: true);

        Assert.Equal("value:6291456", (await pool.ProbeAsync(WorkerProbe.ReadGcSetting, "GCGen0MaxBudget")).Output);
    }

    [Fact]
    public async Task The_worker_keeps_the_usual_tiering_delay_on_its_one_CPU()
    {
        await using WorkerPool pool = NewPool(probes: true);

        Assert.Equal("value:1", (await pool.ProbeAsync(WorkerProbe.ReadEnvironment, "DOTNET_TC_DelaySingleProcMultiplier")).Output);
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
