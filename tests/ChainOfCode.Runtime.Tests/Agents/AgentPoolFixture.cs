using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Runtime.Tests.Agents;

/// <summary>One warm single-worker pool for the agent tests, as an app would share one across conversations.</summary>
public sealed class AgentPoolFixture : IAsyncLifetime
{
    internal WorkerPool Pool { get; } = new(new WorkerPoolOptions
    {
        WorkerCount = 1,
        MemoryLimitBytes = 64L * 1024 * 1024,

        // The tests attack on purpose, one after another.
        ViolationThreshold = 0,
    });

    public Task InitializeAsync() => Pool.StartAsync().WaitAsync(TimeSpan.FromSeconds(90));

    public async Task DisposeAsync() => await Pool.DisposeAsync();
}
