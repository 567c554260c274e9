using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using ChainOfCode.Tests.Shared;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// Canaries: a file to read, a path to create, a loopback listener, a process marker and an environment
/// secret of the host. Asserted on the canaries themselves, for scripts (the gate's layer) and for raw
/// probes that skip the gate (the operating system's layer alone).
/// </summary>
[Collection(ProbePoolCollection.Name)]
public sealed class CanaryTests(ProbePoolFixture fixture) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("coc-canary-").FullName;
    private readonly string secret = "canary-" + Guid.NewGuid().ToString("N");

    private WorkerPool Pool => fixture.Pool;

    public void Dispose()
    {
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_script_cannot_read_a_canary_file()
    {
        string path = Path.Combine(directory, "canary.txt");
        File.WriteAllText(path, secret);
        ScriptResult result = await Pool.RunAsync($"return System.IO.File.ReadAllText(@\"{path}\");");
        Assert.Equal(ScriptStatus.Rejected, result.Status);
        Assert.DoesNotContain(secret, result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_cannot_create_a_file()
    {
        string path = Path.Combine(directory, "created.txt");
        ScriptResult result = await Pool.RunAsync($"System.IO.File.WriteAllText(@\"{path}\", \"x\"); return 1;");
        Assert.Equal(ScriptStatus.Rejected, result.Status);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_script_cannot_connect_to_a_loopback_listener()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        ScriptResult result = await Pool.RunAsync($"using var c = new System.Net.Sockets.TcpClient(); c.Connect(\"127.0.0.1\", {port}); return 1;");
        Assert.Equal(ScriptStatus.Rejected, result.Status);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task A_script_cannot_start_a_process()
    {
        string marker = Path.Combine(directory, "started.txt");
        ScriptResult result = await Pool.RunAsync($"System.Diagnostics.Process.Start(\"/usr/bin/touch\", @\"{marker}\"); return 1;");
        Assert.Equal(ScriptStatus.Rejected, result.Status);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task A_script_cannot_read_an_environment_secret_of_the_host()
    {
        // The secret is in this process's environment since the assembly loaded, before the pool started.
        ScriptResult result = await Pool.RunAsync($"return Environment.GetEnvironmentVariable(\"{Canaries.SecretVariable}\");");
        Assert.Equal(ScriptStatus.Rejected, result.Status);
        Assert.DoesNotContain(Canaries.Secret, result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_gate_the_environment_secret_is_still_absent()
    {
        string home;
        await using (WorkerPool pool = NewPool(probes: true))
        {
            ScriptResult result = await pool.ProbeAsync(WorkerProbe.ReadEnvironment, Canaries.SecretVariable);
            Assert.Equal("absent", result.Output);
            Assert.Equal("absent", (await pool.ProbeAsync(WorkerProbe.ReadEnvironment, "COC_WORKER_UNSAFE_PROBE")).Output);

            // HOME is the worker's fresh, empty working directory, removed with the worker.
            home = (await pool.ProbeAsync(WorkerProbe.ReadEnvironment, "HOME")).Output["value:".Length..];
            Assert.StartsWith(Path.Combine(Path.GetTempPath(), "coc-worker-"), home, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(home));
        }

        Assert.False(Directory.Exists(home));
    }

    [Fact]
    public async Task Without_the_gate_a_file_write_fails_under_the_file_size_limit()
    {
        // A world-writable place (the host's temp directory, there to reach without the file-system view), so only
        // RLIMIT_FSIZE=0 stands in the way: the first byte written raises SIGXFSZ and the worker dies; no byte
        // reaches the disk.
        await using WorkerPool pool = NewPool(probes: true, configure: o => o with { UseFileSystemView = false });
        Assert.NotNull(pool.Isolation.ResourceLimits);
        string path = Path.Combine(Path.GetTempPath(), "coc-fsize-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            ScriptResult result = await pool.ProbeAsync(WorkerProbe.WriteFile, path);
            Assert.True(result.Status == ScriptStatus.Crashed, result.ToJson());
            Assert.Equal(0, new FileInfo(path).Length);
        }
        finally
        {
            File.Delete(path);
        }

        await AssertNextRunSucceeds(pool);
    }

    [Fact]
    public async Task Without_the_gate_the_unprivileged_worker_can_neither_read_nor_create_files_of_the_host()
    {
        // The user's layer alone: without the file-system view the host's files are there to try.
        await using WorkerPool pool = NewPool(probes: true, configure: o => o with { UseFileSystemView = false });
        Assert.NotNull(pool.Isolation.UserId);
        Assert.False(pool.Isolation.FileSystemView);
        string canary = Path.Combine(directory, "canary.txt");
        File.WriteAllText(canary, secret);
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(canary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        ScriptResult read = await pool.ProbeAsync(WorkerProbe.ReadFile, canary);
        Assert.StartsWith("failed:UnauthorizedAccessException", read.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, read.ToJson(), StringComparison.Ordinal);

        string created = Path.Combine(directory, "created.txt");
        ScriptResult write = await pool.ProbeAsync(WorkerProbe.WriteFile, created);
        Assert.StartsWith("failed:UnauthorizedAccessException", write.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(created));
        Assert.Equal(secret, File.ReadAllText(canary));
    }

    [Fact]
    public async Task Without_the_gate_there_is_no_network_in_the_worker_namespace()
    {
        Assert.True(Pool.Isolation.NetworkNamespace, "this machine allows network namespaces (root); see docs/isolation.md");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;

        ScriptResult connect = await Pool.ProbeAsync(WorkerProbe.Connect, port.ToString(CultureInfo.InvariantCulture));
        Assert.StartsWith("failed:", connect.Output, StringComparison.Ordinal);
        Assert.False(listener.Pending());

        ScriptResult interfaces = await Pool.ProbeAsync(WorkerProbe.NetworkInterfaces);
        Assert.StartsWith("interfaces:", interfaces.Output, StringComparison.Ordinal);
        Assert.All(interfaces.Output["interfaces:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries), i => Assert.StartsWith("lo=", i, StringComparison.Ordinal));
        Assert.Contains("netns", connect.Isolation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_worker_runs_under_the_resource_limits_it_reports()
    {
        ScriptResult result = await Pool.ProbeAsync(WorkerProbe.Limits);
        string[] lines = result.Output.Split('\n');
        Assert.Matches(@"^Max cpu time\s+300\s+300\s+seconds", lines.Single(l => l.StartsWith("Max cpu time", StringComparison.Ordinal)));
        Assert.Matches(@"^Max file size\s+0\s+0\s+bytes", lines.Single(l => l.StartsWith("Max file size", StringComparison.Ordinal)));
        Assert.Matches(@"^Max core file size\s+0\s+0\s+bytes", lines.Single(l => l.StartsWith("Max core file size", StringComparison.Ordinal)));
        Assert.Matches(@"^Max open files\s+256\s+256\s+files", lines.Single(l => l.StartsWith("Max open files", StringComparison.Ordinal)));
        Assert.Equal("worker(netns,pidns,fs-view,rlimits,unprivileged,cpu-quota,memory-cgroup,pids-limit,heap-limit,clean-env)", result.Isolation);
    }

    [Fact]
    public async Task Without_prlimit_the_shell_wrapper_sets_the_same_limits()
    {
        await using WorkerPool pool = NewPool(probes: true, configure: o => o with { PreferShellLimits = true });
        Assert.Equal("ulimit", pool.Isolation.ResourceLimits);
        ScriptResult result = await pool.ProbeAsync(WorkerProbe.Limits);
        string[] lines = result.Output.Split('\n');
        Assert.Matches(@"^Max cpu time\s+300\s+300\s+seconds", lines.Single(l => l.StartsWith("Max cpu time", StringComparison.Ordinal)));
        Assert.Matches(@"^Max file size\s+0\s+0\s+bytes", lines.Single(l => l.StartsWith("Max file size", StringComparison.Ordinal)));
        Assert.Matches(@"^Max core file size\s+0\s+0\s+bytes", lines.Single(l => l.StartsWith("Max core file size", StringComparison.Ordinal)));
        Assert.Matches(@"^Max open files\s+256\s+256\s+files", lines.Single(l => l.StartsWith("Max open files", StringComparison.Ordinal)));
        Assert.Equal(pool.Isolation.Label, result.Isolation);
        await AssertNextRunSucceeds(pool);
    }

    [Fact]
    public async Task A_process_a_worker_starts_dies_with_the_worker_even_when_detached()
    {
        // The OS layer does not forbid starting a process (the gate does). A detached one (its shell exits at
        // once) stays in the worker's PID namespace, and the kill at the deadline ends the namespace.
        Assert.True(Pool.Isolation.PidNamespace, "this machine allows PID namespaces (root); see docs/isolation.md");
        string seconds = (7_000 + Random.Shared.Next(1_000)).ToString(CultureInfo.InvariantCulture);
        ScriptResult started = await Pool.ProbeAsync(WorkerProbe.StartProcess, "sleep " + seconds + " > /dev/null 2>&1 &");
        Assert.Equal("started", started.Output);
        int[] sleepers = Sleepers(seconds);
        Assert.Single(sleepers);

        ScriptResult hang = await Pool.ProbeAsync(WorkerProbe.Hang, timeoutMs: 200);
        Assert.Equal(ScriptStatus.Timeout, hang.Status);
        Assert.False(IsProcessAlive(sleepers[0]));
        Assert.Empty(Sleepers(seconds));
        await AssertNextRunSucceeds(Pool);
    }

    [Fact]
    public async Task Without_the_gate_a_fork_bomb_stops_at_the_process_limit_and_dies_with_the_worker()
    {
        Assert.NotNull(Pool.Isolation.UserId);
        string seconds = (8_000 + Random.Shared.Next(1_000)).ToString(CultureInfo.InvariantCulture);
        await using (WorkerPool pool = NewPool(probes: true, configure: o => o with { MaxProcesses = 800 }))
        {
            ScriptResult limits = await pool.ProbeAsync(WorkerProbe.Limits);
            Assert.Matches(@"^Max processes\s+800\s+800\s+processes", limits.Output.Split('\n').Single(l => l.StartsWith("Max processes", StringComparison.Ordinal)));

            await pool.ProbeAsync(WorkerProbe.StartProcess, "i=0; while [ $i -lt 1200 ]; do sleep " + seconds + " > /dev/null 2>&1 & i=$((i+1)); done");
            Assert.InRange(Sleepers(seconds).Length, 1, 799);
        }

        Assert.Empty(Sleepers(seconds));
    }

    private static int[] Sleepers(string seconds)
    {
        var found = new List<int>();
        foreach (string directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out int pid))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(directory, "cmdline")) == "sleep\0" + seconds + "\0" && IsProcessAlive(pid))
                    {
                        found.Add(pid);
                    }
                }
                catch (IOException)
                {
                    // Gone meanwhile.
                }
            }
        }

        return [.. found];
    }
}
