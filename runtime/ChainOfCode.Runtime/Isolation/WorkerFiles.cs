using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using System.Text.Json;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// The files a worker process needs (its own application files, and the .NET runtime it runs on), whether
/// an unprivileged user can read them where they are, and a staged copy it can read when it cannot: a clone
/// or a <c>dotnet tool</c> under a 0700 directory (root's home, a <c>mktemp -d</c> folder) would otherwise
/// leave the worker no choice but to keep root's user.
/// </summary>
internal sealed class WorkerFiles : IDisposable
{
    private const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly string? stage;

    private WorkerFiles(string dotnetPath, string workerPath, string? stage)
    {
        DotnetPath = dotnetPath;
        WorkerPath = workerPath;
        this.stage = stage;
    }

    /// <summary>The dotnet host to start.</summary>
    public string DotnetPath { get; }

    /// <summary>The worker assembly to start.</summary>
    public string WorkerPath { get; }

    /// <summary>True when the files were copied to a directory of their own because the originals were out of reach.</summary>
    public bool IsStaged => stage is not null;

    /// <summary>
    /// Files every user can read: the originals when they are, else copies in a fresh directory under the
    /// temp path (removed on <see cref="Dispose"/>). Null, with the reason, when neither works.
    /// </summary>
    [UnsupportedOSPlatform("windows")]
    public static WorkerFiles? ForOtherUsers(string dotnetPath, string workerPath, out string? problem)
    {
        problem = null;
        string dotnetRoot = Path.GetDirectoryName(Path.GetFullPath(dotnetPath))!;
        string appDirectory = Path.GetDirectoryName(Path.GetFullPath(workerPath))!;
        List<string> runtime = RuntimeFiles(dotnetRoot, Path.GetFileName(dotnetPath));
        List<string> app = AppFiles(appDirectory, Path.GetFileName(workerPath));
        bool runtimeReadable = ReadableByOthers(dotnetRoot, runtime);
        bool appReadable = ReadableByOthers(appDirectory, app);
        if (runtimeReadable && appReadable)
        {
            return new WorkerFiles(dotnetPath, workerPath, null);
        }

        string? stage = null;
        try
        {
            stage = Directory.CreateTempSubdirectory("coc-worker-files-").FullName;
            File.SetUnixFileMode(stage, DirectoryMode);
            string stagedDotnet = dotnetPath;
            if (!runtimeReadable)
            {
                Copy(dotnetRoot, runtime, Path.Combine(stage, "dotnet"));
                stagedDotnet = Path.Combine(stage, "dotnet", Path.GetFileName(dotnetPath));
            }

            string stagedWorker = workerPath;
            if (!appReadable)
            {
                Copy(appDirectory, app, Path.Combine(stage, "app"));
                stagedWorker = Path.Combine(stage, "app", Path.GetFileName(workerPath));
            }

            var files = new WorkerFiles(stagedDotnet, stagedWorker, stage);
            if (!ReadableByOthers(Path.GetDirectoryName(stagedDotnet)!, runtime) || !ReadableByOthers(Path.GetDirectoryName(stagedWorker)!, app))
            {
                // The temp directory itself sits where other users cannot reach (TMPDIR under a private home).
                files.Dispose();
                problem = "the worker's files are not readable by the unprivileged user, and the temp directory where they would be staged is not reachable by it either";
                return null;
            }

            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            TryDelete(stage);
            problem = "the worker's files are not readable by the unprivileged user and could not be staged: " + e.GetType().Name;
            return null;
        }
    }

    /// <summary>Removes the staged copy, if any.</summary>
    public void Dispose() => TryDelete(stage);

    /// <summary>
    /// The application files the host loads for the worker: the assembly, its runtimeconfig and deps files, and
    /// every runtime, resource and native asset its deps file lists (found next to it), and the composite ReadyToRun
    /// image of a worker published as one (<c>name.r2r.dll</c>, which a framework-dependent deps file does not list: the
    /// shipped worker was one until group 4, round 9 of docs/performance.md, and the benchmarks still compare against it);
    /// without a deps file, every file of the directory.
    /// </summary>
    internal static List<string> AppFiles(string directory, string assembly)
    {
        string name = Path.GetFileNameWithoutExtension(assembly);
        string deps = Path.Combine(directory, name + ".deps.json");
        var files = new List<string> { assembly, name + ".runtimeconfig.json", name + ".r2r.dll" };
        if (!File.Exists(deps))
        {
            return [.. Directory.EnumerateFiles(directory).Select(Path.GetFileName).OfType<string>()];
        }

        files.Add(name + ".deps.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(deps));
        if (document.RootElement.TryGetProperty("targets", out JsonElement targets))
        {
            foreach (JsonProperty target in targets.EnumerateObject())
            {
                foreach (JsonProperty library in target.Value.EnumerateObject())
                {
                    files.AddRange(Assets(directory, library.Value));
                }
            }
        }

        return [.. files.Where(f => File.Exists(Path.Combine(directory, f))).Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Assets(string directory, JsonElement library)
    {
        if (library.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (string kind in new[] { "runtime", "native", "resources", "runtimeTargets" })
        {
            if (!library.TryGetProperty(kind, out JsonElement assets) || assets.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (JsonProperty asset in assets.EnumerateObject())
            {
                // A build output flattens package assets ("lib/net10.0/X.dll" is "X.dll"; a resource goes under its
                // locale); RID-specific assets keep their relative path ("runtimes/linux-x64/native/x.so").
                string file = Path.GetFileName(asset.Name);
                if (kind == "resources" && asset.Value.TryGetProperty("locale", out JsonElement locale) && locale.GetString() is { Length: > 0 } culture)
                {
                    yield return Path.Combine(culture, file);
                }
                else if (File.Exists(Path.Combine(directory, asset.Name)))
                {
                    yield return asset.Name;
                }
                else
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>The dotnet host, its resolvers and the shared framework of the runtime this process runs on.</summary>
    private static List<string> RuntimeFiles(string root, string host)
    {
        var files = new List<string> { host };
        foreach (string version in RuntimeDirectories(root))
        {
            files.AddRange(Directory.EnumerateFiles(version, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)));
        }

        return files;
    }

    /// <summary>The directories of the dotnet host's resolvers (<c>host/fxr/*</c>) and of the shared framework this process runs on.</summary>
    internal static IEnumerable<string> RuntimeDirectories(string root)
    {
        foreach (string folder in new[] { Path.Combine("host", "fxr"), Path.Combine("shared", "Microsoft.NETCore.App") })
        {
            string full = Path.Combine(root, folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            // Only the framework version this process runs on when it is here (the others are not needed).
            string own = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
            IEnumerable<string> versions = Directory.EnumerateDirectories(full);
            if (folder.StartsWith("shared", StringComparison.Ordinal) && versions.Contains(own, StringComparer.Ordinal))
            {
                versions = [own];
            }

            foreach (string version in versions)
            {
                yield return version;
            }
        }
    }

    /// <summary>
    /// True when a user who is neither owner nor in the group can reach every file: each directory from the root
    /// of the file system down searchable, each directory inside readable too, each file readable.
    /// </summary>
    [UnsupportedOSPlatform("windows")]
    internal static bool ReadableByOthers(string root, IReadOnlyCollection<string> files)
    {
        try
        {
            for (string? directory = root; directory is not null; directory = Path.GetDirectoryName(directory))
            {
                if ((File.GetUnixFileMode(directory) & UnixFileMode.OtherExecute) == 0)
                {
                    return false;
                }
            }

            var checkedDirectories = new HashSet<string>(StringComparer.Ordinal);
            foreach (string file in files)
            {
                string full = Path.Combine(root, file);
                if ((File.GetUnixFileMode(full) & UnixFileMode.OtherRead) == 0)
                {
                    return false;
                }

                for (string? directory = Path.GetDirectoryName(full); directory is not null && directory.Length >= root.Length && checkedDirectories.Add(directory); directory = Path.GetDirectoryName(directory))
                {
                    if ((File.GetUnixFileMode(directory) & (UnixFileMode.OtherRead | UnixFileMode.OtherExecute)) != (UnixFileMode.OtherRead | UnixFileMode.OtherExecute))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static void Copy(string from, IEnumerable<string> files, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in files)
        {
            string target = Path.Combine(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(from, file), target);
            bool executable = (File.GetUnixFileMode(target) & UnixFileMode.UserExecute) != 0;
            File.SetUnixFileMode(target, executable ? FileMode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : FileMode);
        }

        File.SetUnixFileMode(to, DirectoryMode);
        foreach (string directory in Directory.EnumerateDirectories(to, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(directory, DirectoryMode);
        }
    }

    private static void TryDelete(string? directory)
    {
        if (directory is null)
        {
            return;
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover copy in the temp directory holds nothing secret (the product's own files).
        }
    }
}
