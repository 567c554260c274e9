using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// Where the pool finds its worker with no path setting: the runtime package's ReadyToRun worker in
/// chainofcode-worker/ first, the plain worker a project reference copies beside the application next.
/// </summary>
public sealed class WorkerLocationTests : IDisposable
{
    private readonly string app = Directory.CreateTempSubdirectory("coc-worker-location-").FullName;

    public void Dispose() => Directory.Delete(app, recursive: true);

    [Fact]
    public void The_ReadyToRun_folder_comes_before_a_plain_worker_beside_the_application()
    {
        string plain = Touch(Path.Combine(app, "ChainOfCode.Worker.dll"));
        Directory.CreateDirectory(Path.Combine(app, "chainofcode-worker"));
        string readyToRun = Touch(Path.Combine(app, "chainofcode-worker", "ChainOfCode.Worker.dll"));

        Assert.NotEqual(plain, readyToRun);
        Assert.Equal(readyToRun, WorkerLauncher.FindWorker(null, app));
    }

    [Fact]
    public void Without_the_folder_the_plain_worker_is_found()
    {
        string plain = Touch(Path.Combine(app, "ChainOfCode.Worker.dll"));

        Assert.Equal(plain, WorkerLauncher.FindWorker(Path.Combine(app, "elsewhere"), app));
    }

    private static string Touch(string path)
    {
        File.WriteAllBytes(path, []);
        return path;
    }
}
