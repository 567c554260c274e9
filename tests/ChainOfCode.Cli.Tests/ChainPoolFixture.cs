using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Cli.Tests;

/// <summary>One warm worker for every <c>coc chain</c> and <c>coc eval</c> test (a worker's start costs seconds).</summary>
public sealed class ChainPoolFixture : IAsyncLifetime
{
    internal WorkerPool Pool { get; } = new(new WorkerPoolOptions
    {
        WorkerCount = 1,
        MaxRunsPerWorker = 10_000,
        MemoryLimitBytes = 256L * 1024 * 1024,
        ViolationThreshold = 0,
    });

    public Task InitializeAsync() => Pool.StartAsync();

    public async Task DisposeAsync() => await Pool.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ChainPoolCollection : ICollectionFixture<ChainPoolFixture>
{
    public const string Name = "chain pool";
}
