using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// The application files the worker's view holds: what its deps file lists, and the composite ReadyToRun image that the
/// shipped worker's assemblies point to (the SDK does not list it in a framework-dependent deps file).
/// </summary>
public sealed class WorkerAppFilesTests : IDisposable
{
    private const string Deps = """
        { "targets": { ".NETCoreApp,Version=v10.0/linux-x64": { "ChainOfCode.Worker/0.1.0": { "runtime": { "ChainOfCode.Worker.dll": {} } } } } }
        """;

    private readonly string app = Directory.CreateTempSubdirectory("coc-worker-app-files-").FullName;

    public void Dispose() => Directory.Delete(app, recursive: true);

    [Fact]
    public void The_composite_image_beside_the_worker_is_in_the_view()
    {
        WriteWorker();
        File.WriteAllBytes(Path.Combine(app, "ChainOfCode.Worker.r2r.dll"), []);

        Assert.Contains("ChainOfCode.Worker.r2r.dll", WorkerFiles.AppFiles(app, "ChainOfCode.Worker.dll"));
    }

    [Fact]
    public void Another_file_beside_the_worker_is_not()
    {
        WriteWorker();
        File.WriteAllBytes(Path.Combine(app, "Other.r2r.dll"), []);

        Assert.Equal(["ChainOfCode.Worker.dll", "ChainOfCode.Worker.runtimeconfig.json", "ChainOfCode.Worker.deps.json"], WorkerFiles.AppFiles(app, "ChainOfCode.Worker.dll"));
    }

    private void WriteWorker()
    {
        File.WriteAllBytes(Path.Combine(app, "ChainOfCode.Worker.dll"), []);
        File.WriteAllText(Path.Combine(app, "ChainOfCode.Worker.runtimeconfig.json"), "{}");
        File.WriteAllText(Path.Combine(app, "ChainOfCode.Worker.deps.json"), Deps);
    }
}
