namespace ChainOfCode.Cli.Tests.Mcp;

/// <summary>
/// One <c>coc mcp</c> for a whole test class, with small maximums on its command line: 32 MB, 1,000 characters of
/// output, two warm workers (a worker that hit a limit is replaced while the other serves the next test) and a queue of
/// two. Its deadlines (a run's, which counts the compile, and a check's) are <see cref="Cli.Deadline"/>: the tests of this
/// class prove verdicts and limits other than the deadline, which must not turn into timeouts on a loaded machine.
/// </summary>
public sealed class McpServerFixture : IAsyncLifetime
{
    public const int TimeoutMs = 300_000;
    public const int MemoryMb = 32;
    public const int MaxOutput = 1_000;

    internal McpServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await McpServerProcess.StartAsync("--timeout", $"{TimeoutMs}ms", "--check-timeout", Cli.Deadline, "--memory", $"{MemoryMb}MB", "--max-output", $"{MaxOutput}", "--workers", "2", "--queue", "2");

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
