using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// The worker's own view of the file system (<c>fs-view</c>), with the file-system rule switched off by policy so
/// that only the operating system stands in the way: the worker's root holds the system's programs and libraries,
/// the runtime, its own files, a few devices and its own <c>/proc</c>; the host's other files are not there at all.
/// The attacks on the canaries themselves are rows of tests/Shared/RealEffects.cs.
/// </summary>
[Collection(ProbePoolCollection.Name)]
public sealed class FileSystemViewTests(ProbePoolFixture fixture)
{
    private static readonly RunOptions GateOff = new() { Gate = GateOptions.FromPolicyText("mode: denylist\ncapability: COC0001 off\n") };

    private WorkerPool Pool => fixture.Pool;

    [Fact]
    public async Task The_root_holds_only_the_system_directories_the_devices_proc_and_the_way_to_the_worker_files()
    {
        Assert.True(Pool.Isolation.FileSystemView, "this machine allows mount namespaces (root); see docs/isolation.md");
        ScriptResult result = await Pool.RunAsync("return string.Join(\",\", System.IO.Directory.GetFileSystemEntries(\"/\"));", GateOff);

        Assert.True(result.Status == ScriptStatus.Succeeded, result.ToJson());
        // Besides those, only the first directory on the way to the worker's own files (its path is the host's).
        string workerTop = "/" + typeof(WorkerPool).Assembly.Location.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
        string[] allowed = ["/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32", "/usr", "/dev", "/proc", "/tmp", "/sys", workerTop];
        Assert.Subset(new HashSet<string>(allowed), new HashSet<string>(result.Value!.Value.GetString()!.Split(',')));
    }

    [Fact]
    public async Task The_temp_directory_holds_only_the_worker_own_directory()
    {
        ScriptResult result = await Pool.RunAsync("return string.Join(\",\", System.IO.Directory.GetFileSystemEntries(\"/tmp\"));", GateOff);

        Assert.True(result.Status == ScriptStatus.Succeeded, result.ToJson());
        // Besides it, only the way to the worker's files when those sit under the temp directory: the copy the pool stages
        // for a worker that cannot read the app's folder (a clone under a 0700 directory), or the first directory on the
        // way to the app's folder (a clone in /tmp). Only that way is in the view, none of its other entries.
        string temp = Path.GetTempPath().TrimEnd('/');
        string worker = Path.GetDirectoryName(typeof(WorkerPool).Assembly.Location)!;
        string? way = worker.StartsWith(temp + "/", StringComparison.Ordinal) ? temp + "/" + worker[(temp.Length + 1)..].Split('/')[0] : null;
        string[] entries = result.Value!.Value.GetString()!.Split(',');
        string own = Assert.Single(entries, e => e != way && !e.StartsWith(temp + "/coc-worker-files-", StringComparison.Ordinal));
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "coc-worker-"), own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_beside_the_worker_that_the_worker_does_not_need_is_not_there()
    {
        // This test assembly sits in the worker's own directory (the worker is copied next to it) and is world-readable.
        string beside = typeof(FileSystemViewTests).Assembly.Location;
        Assert.Equal(Path.GetDirectoryName(beside), Path.GetDirectoryName(typeof(WorkerPool).Assembly.Location));
        ScriptResult result = await Pool.RunAsync($"return System.IO.File.Exists(@\"{beside}\");", GateOff);

        Assert.True(result.Status == ScriptStatus.Succeeded, result.ToJson());
        Assert.Equal("false", result.Value?.GetRawText());
    }

    [Fact]
    public async Task The_view_is_read_only_even_where_the_worker_may_write()
    {
        // The worker's own directory (its HOME) is in the view, read-only: RLIMIT_FSIZE is not even reached.
        ScriptResult result = await Pool.RunAsync("System.IO.Directory.CreateDirectory(Environment.GetEnvironmentVariable(\"HOME\") + \"/made\"); return 1;", new RunOptions { Gate = GateOptions.FromPolicyText("mode: denylist\ncapability: COC0001 off\ncapability: COC0006 off\n") });

        Assert.True(result.Status == ScriptStatus.RuntimeError, result.ToJson());
        Assert.Contains("Read-only file system", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_benign_script_that_needs_the_runtime_globalization_data_still_runs()
    {
        // ICU is loaded from the system libraries in the view: the Turkish upper-case i is U+0130 only with it.
        ScriptResult result = await Pool.RunAsync("return (int)\"i\".ToUpper(new System.Globalization.CultureInfo(\"tr-TR\"))[0];", GateOff);

        Assert.True(result.Status == ScriptStatus.Succeeded, result.ToJson());
        Assert.Equal("304", result.Value?.GetRawText());
        Assert.Contains(",fs-view,", result.Isolation, StringComparison.Ordinal);
    }
}
