using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Chain;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Worker.Tests;

/// <summary>One warm single-worker pool for the Chain-of-Code worker tests.</summary>
public sealed class ChainWorkerFixture : IAsyncLifetime
{
    // A cancel grace no machine's load reaches: a cancelled run is answered by its worker, never by the kill.
    internal WorkerPool Pool { get; } = WorkerTestSupport.NewPool(workers: 1, configure: o => o with { ViolationThreshold = 0, CancelGrace = TimeSpan.FromMinutes(1) });

    public Task InitializeAsync() => Pool.StartAsync();

    public async Task DisposeAsync() => await Pool.DisposeAsync();
}

/// <summary>
/// Chain-of-Code runs in a worker process: the worker runs the program under its gate and guards, and the
/// host answers its emulator questions (the test's emulator runs in this process, never in the worker).
/// A hostile line ends the run exactly as the same line ends a plain run in a worker.
/// </summary>
public sealed class ChainWorkerTests(ChainWorkerFixture fixture) : IClassFixture<ChainWorkerFixture>
{
    private const string Program = """
        int count = 0;
        foreach (string item in new[] { "violin", "pear", "drum" })
        {
            if (IsInstrument(item))
            {
                count++;
            }
        }

        return count;
        """;

    private static ChainOptions Hostile { get; } = new()
    {
        Run = WorkerTestSupport.Limits(timeoutMs: 1_000, maxAllocated: 32L * 1024 * 1024),
    };

    [Fact]
    public async Task The_host_answers_the_workers_emulated_calls()
    {
        var asked = new ConcurrentQueue<EmulationRequest>();
        var emulator = new DelegateEmulator(request =>
        {
            asked.Enqueue(request);
            return request.Arguments[0].GetString() == "pear" ? "false" : "true";
        });

        ChainResult result = await new ChainOfCodeRunner(fixture.Pool).RunAsync(Program, "How many instruments?", emulator);

        Assert.True(result.Status == ScriptStatus.Succeeded, result.Error);
        Assert.Equal("2", result.Value?.GetRawText());
        Assert.StartsWith("worker(", result.Isolation, StringComparison.Ordinal);
        Assert.Equal(3, asked.Count);
        Assert.All(asked, r => Assert.Equal(("How many instruments?", Program), (r.Question, r.Program)));
        Assert.Equal(3, result.EmulatorCalls);
        Assert.Equal(3, result.Trace.Count(e => e.Kind == TraceKind.EmulatedCall));
    }

    [Fact]
    public async Task A_throwing_statement_in_a_worker_gets_its_values_from_the_host()
    {
        var emulator = new DelegateEmulator(_ => """{"n": 21}""");

        ChainResult result = await new ChainOfCodeRunner(fixture.Pool).RunAsync("int n = int.Parse(\"twenty-one\"); return n * 2;", string.Empty, emulator);

        Assert.True(result.Status == ScriptStatus.Succeeded, result.Error);
        Assert.Equal("42", result.Value?.GetRawText());
        Assert.Equal(TraceKind.EmulatedStatement, Assert.Single(result.Trace).Kind);
    }

    [Fact]
    public async Task An_emulator_failure_ends_the_run_and_the_worker_serves_the_next()
    {
        int before = await WorkerTestSupport.ServingWorkerAsync(fixture.Pool);

        ChainResult result = await new ChainOfCodeRunner(fixture.Pool).RunAsync(Program, string.Empty, new DelegateEmulator(_ => "not json"));

        Assert.Equal(ScriptStatus.EmulationFailed, result.Status);
        Assert.Contains("malformed", result.Error);
        Assert.Equal(1, result.EmulatorCalls);
        Assert.Equal(before, fixture.Pool.WorkerProcessIds.Single());
        await WorkerTestSupport.AssertNextRunSucceeds(fixture.Pool);
    }

    [Fact]
    public async Task A_file_read_inside_a_program_is_refused_as_in_a_plain_run()
    {
        string canary = Path.Combine(Path.GetTempPath(), "coc-chain-canary-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(canary, "CANARY-SECRET");
        try
        {
            string line = $"string secret = System.IO.File.ReadAllText(\"{canary}\"); Console.Write(secret);";

            (ScriptResult plain, ChainResult chain) = await RunBothAsync(line);

            Assert.Equal(ScriptStatus.Rejected, chain.Status);
            AssertStoppedAlike(plain, chain);
            Assert.DoesNotContain("CANARY-SECRET", chain.Output + chain.Error);
        }
        finally
        {
            File.Delete(canary);
        }
    }

    [Fact]
    public async Task A_network_connection_inside_a_program_is_refused_as_in_a_plain_run()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        string line = $"var client = new System.Net.Sockets.TcpClient(\"127.0.0.1\", {port});";

        (ScriptResult plain, ChainResult chain) = await RunBothAsync(line);

        Assert.Equal(ScriptStatus.Rejected, chain.Status);
        AssertStoppedAlike(plain, chain);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task An_endless_loop_inside_a_program_times_out_as_in_a_plain_run()
    {
        (ScriptResult plain, ChainResult chain) = await RunBothAsync("while (true) { }");

        Assert.Equal(ScriptStatus.Timeout, chain.Status);
        AssertStoppedAlike(plain, chain);
    }

    [Fact]
    public async Task A_cancelled_run_keeps_the_output_it_wrote_and_its_worker_is_replaced()
    {
        // The emulator's question is the signal that the line was written: the program prints, asks, then spins until
        // the caller's token is cancelled. The worker stops it at its next checkpoint and answers with what it has.
        const string Program = """
            Console.WriteLine("written before the stop");
            bool ready = IsReady();
            long n = 0;
            while (ready) { n++; }
            return n;
            """;
        var options = new ChainOptions { Run = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMinutes(2), MaxSteps = long.MaxValue } } };
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancellation = new CancellationTokenSource();
        int before = WorkerTestSupport.RealWorker(fixture.Pool.WorkerProcessIds.Single());

        Task<ChainResult> run = new ChainOfCodeRunner(fixture.Pool).RunAsync(Program, string.Empty, new DelegateEmulator(_ => { asked.TrySetResult(); return "true"; }), options, cancellation.Token);
        await asked.Task.WaitAsync(TimeSpan.FromMinutes(1));
        cancellation.Cancel();
        ChainResult result = await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(result.Status == ScriptStatus.Killed, result.ToJson());
        Assert.Equal("written before the stop\n", result.Output);
        WorkerTestSupport.AssertWorkerDies(before);
    }

    // The hostile line after an emulated call (the chain program) and after a constant (the plain run).
    private async Task<(ScriptResult Plain, ChainResult Chain)> RunBothAsync(string line)
    {
        string program = $$"""
            int count = 0;
            if (IsInteresting("a")) { count++; }
            {{line}}
            return count;
            """;
        ChainResult chain = await new ChainOfCodeRunner(fixture.Pool).RunAsync(program, string.Empty, new DelegateEmulator(_ => "true"), Hostile);
        ScriptResult plain = await fixture.Pool.RunAsync(program.Replace("IsInteresting(\"a\")", "true", StringComparison.Ordinal), Hostile.Run);
        return (plain, chain);
    }

    private static void AssertStoppedAlike(ScriptResult plain, ChainResult chain)
    {
        Assert.Equal(plain.Status, chain.Status);
        Assert.Equal(plain.Diagnostics.Where(d => d.IsError).Select(d => (d.Id, d.Line)), chain.Diagnostics.Where(d => d.IsError).Select(d => (d.Id, d.Line)));
        Assert.StartsWith("worker(", chain.Isolation, StringComparison.Ordinal);
    }
}
