using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// The package installed where the unprivileged user cannot reach (a <c>mktemp -d</c> folder, root's home):
/// the worker still drops to that user, from a staged copy of its files; and where no layer can make up for
/// it, the pool fails closed unless the caller accepts the weaker isolation, which the label then names.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class InstallLocationTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("coc-private-home-").FullName;
    private readonly string canaryDirectory = Directory.CreateTempSubdirectory("coc-canary-").FullName;

    public void Dispose()
    {
        Directory.Delete(home, recursive: true);
        Directory.Delete(canaryDirectory, recursive: true);
    }

    [Fact]
    public async Task A_worker_and_a_runtime_installed_under_a_0700_directory_still_run_as_the_unprivileged_user()
    {
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(home));
        (string? dotnet, string worker) = InstallUnder(home, withRuntime: true);
        string canary = Path.Combine(canaryDirectory, "canary.txt");
        File.WriteAllText(canary, "secret of the host");
        File.SetUnixFileMode(canary, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        await using WorkerPool pool = NewPool(probes: true, configure: o => o with { WorkerPath = worker, DotnetPath = dotnet, ViolationThreshold = 0 });
        ScriptResult read = await pool.ProbeAsync(WorkerProbe.ReadFile, canary);

        // The worker runs from the staged copy inside its own file-system view: the host's canary is not even there.
        Assert.StartsWith("failed:DirectoryNotFoundException", read.Output, StringComparison.Ordinal);
        Assert.Contains(",fs-view,rlimits,unprivileged,", read.Isolation, StringComparison.Ordinal);
        Assert.DoesNotContain("degraded", read.Isolation, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_files_cannot_be_staged_for_the_unprivileged_user_the_pool_fails_closed()
    {
        (_, string worker) = InstallUnder(home, withRuntime: false);
        string? temp = Environment.GetEnvironmentVariable("TMPDIR");
        Environment.SetEnvironmentVariable("TMPDIR", Directory.CreateDirectory(Path.Combine(home, "tmp")).FullName);
        try
        {
            var failure = Assert.Throws<WorkerIsolationException>(() => NewPool(configure: o => o with { WorkerPath = worker }));
            Assert.Contains("unprivileged", failure.Message, StringComparison.Ordinal);
            Assert.Contains("AllowDegradedIsolation", failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(home, failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", temp);
        }
    }

    [Fact]
    public void Accepting_weaker_isolation_is_explicit_and_named_by_the_label()
    {
        (_, string worker) = InstallUnder(home, withRuntime: false);
        string? temp = Environment.GetEnvironmentVariable("TMPDIR");
        Environment.SetEnvironmentVariable("TMPDIR", Directory.CreateDirectory(Path.Combine(home, "tmp")).FullName);
        try
        {
            using WorkerPool pool = NewPool(configure: o => o with { WorkerPath = worker, AllowDegradedIsolation = true });
            Assert.Null(pool.Isolation.UserId);
            Assert.EndsWith(",degraded:unprivileged)", pool.Isolation.Label, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", temp);
        }
    }

    /// <summary>Copies the worker (this test's output folder) and the dotnet runtime into a private directory, as a clone or a tool install under /root would be.</summary>
    private static (string? Dotnet, string Worker) InstallUnder(string directory, bool withRuntime)
    {
        string app = Directory.CreateDirectory(Path.Combine(directory, "tool")).FullName;
        foreach (string file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            File.Copy(file, Path.Combine(app, Path.GetFileName(file)));
        }

        if (!withRuntime)
        {
            return (null, Path.Combine(app, "ChainOfCode.Worker.dll"));
        }

        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string root = Path.GetFullPath(Path.Combine(framework, "..", "..", ".."));
        string dotnet = Directory.CreateDirectory(Path.Combine(directory, "dotnet")).FullName;
        CopyTree(Path.Combine(root, "host"), Path.Combine(dotnet, "host"));
        CopyTree(framework, Path.Combine(dotnet, "shared", "Microsoft.NETCore.App", Path.GetFileName(framework)));
        File.Copy(Path.Combine(root, "dotnet"), Path.Combine(dotnet, "dotnet"));
        return (Path.Combine(dotnet, "dotnet"), Path.Combine(app, "ChainOfCode.Worker.dll"));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
