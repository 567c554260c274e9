using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// The worker's own view of the file system (the <c>fs-view</c> layer): inside the worker's mount namespace, while
/// still root, a shell mounts an empty tmpfs on the worker's fresh directory, binds into it read-only exactly what
/// the worker needs at the paths it has on the host (the system's programs and libraries, the dotnet host and the
/// shared framework it runs on, the worker's own files, the worker's cgroup), binds <c>/dev/null</c>,
/// <c>/dev/zero</c>, <c>/dev/random</c> and <c>/dev/urandom</c>, mounts a <c>/proc</c> of the worker's PID
/// namespace, makes it the root (<c>pivot_root</c>, the old root detached), remounts it read-only and goes on with
/// the rest of the launch chain. The host's <c>/etc</c>, <c>/home</c>, <c>/root</c>, <c>/tmp</c>, the repository
/// and every other file are not there to read, whatever their permissions. The binds are one fstab, written once
/// per pool and mounted by one <c>mount --all</c> (a process per mount cost about half a second per worker start
/// on a loaded machine).
/// </summary>
internal sealed class FileSystemView : IDisposable
{
    // $1 the new root's mount point; $2 directories and $3 empty files (mount points), relative to the new root, one
    // a line; $4 the host's top-level symbolic links to copy (/bin -> usr/bin); $5 the fstab of the binds and the
    // /proc; $6 the worker's cgroup directories; then the command. Every process here costs on a loaded machine.
    private const string Script = """
        set -ef
        W="$PWD" R="$1" P="$PATH" PATH=/usr/sbin:/usr/bin:/sbin:/bin IFS='
        '
        mount -t tmpfs -o size=1m,mode=755,nosuid,nodev coc-view "$R"
        cd "$R"
        mkdir -p -- proc .old ".$W" $2
        for f in $3; do : > "$f"; done
        [ -z "$4" ] || cp -P -t . -- $4
        mount --all --fstab "$5" --target-prefix "$R"
        for c in $6; do mount --bind -o ro,nosuid,nodev "$c" ".$c"; done
        pivot_root . .old
        umount -l /.old
        rmdir /.old
        mount -o remount,ro,bind /
        cd "$W"
        PATH="$P"
        shift 6
        exec "$@"
        """;

    private static readonly ConcurrentDictionary<string, bool> Works = new(StringComparer.Ordinal);

    /// <summary>The system's own directories a worker's programs and libraries come from, bound or linked as they are.</summary>
    private static readonly string[] SystemDirectories = ["/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib64", "/usr/lib32", "/usr/libx32", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32"];

    private static readonly string[] Devices = ["/dev/null", "/dev/zero", "/dev/random", "/dev/urandom"];

    private readonly string fstab;
    private readonly string directories;
    private readonly string files;
    private readonly string links;

    private FileSystemView(string fstab, string directories, string files, string links)
    {
        this.fstab = fstab;
        this.directories = directories;
        this.files = files;
        this.links = links;
    }

    /// <summary>
    /// The view for a worker started as <paramref name="dotnetPath"/> <paramref name="workerPath"/> (what those two need
    /// and nothing of their directories besides), when it can be built behind <paramref name="unshare"/> here (tried
    /// once per process and set of files); else null with the reason.
    /// </summary>
    public static FileSystemView? Create(string[] unshare, string shell, string dotnetPath, string workerPath, out string? problem)
    {
        problem = null;
        List<(string Kind, string Path)> entries = Entries(dotnetPath, workerPath);
        if (entries.Any(e => e.Path.Contains('\n', StringComparison.Ordinal)))
        {
            problem = "a path of the worker's files holds a line break";
            return null;
        }

        var table = new StringBuilder();
        foreach ((string kind, string path) in entries.Where(e => e.Kind != "l"))
        {
            string options = kind == "c" ? "bind,nosuid,noexec" : "bind,ro,nosuid,nodev";
            table.Append(Escape(path)).Append(' ').Append(Escape(path)).Append(" none ").Append(options).Append(" 0 0\n");
        }

        table.Append("proc /proc proc nosuid,nodev,noexec 0 0\n");
        static string Relative(string path) => path.TrimStart('/');
        string directories = string.Join('\n', entries.Select(e => e.Kind == "d" ? e.Path : Path.GetDirectoryName(e.Path)!).Distinct(StringComparer.Ordinal).Select(Relative));
        string files = string.Join('\n', entries.Where(e => e.Kind is "f" or "c").Select(e => Relative(e.Path)));
        string links = string.Join('\n', entries.Where(e => e.Kind == "l").Select(e => e.Path));
        string file = Path.Combine(Path.GetTempPath(), "coc-view-" + Guid.NewGuid().ToString("N") + ".fstab");
        try
        {
            File.WriteAllText(file, table.ToString());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = "the list of the worker's files could not be written to the temp directory: " + e.GetType().Name;
            return null;
        }

        var view = new FileSystemView(file, directories, files, links);
        string key = string.Join('\0', unshare.Append(table.ToString()).Append(directories).Append(files).Append(links));
        if (!Works.GetOrAdd(key, _ => view.Try(unshare, shell)))
        {
            view.Dispose();
            problem = "the operating system refused to build the worker's file-system view (a tmpfs root, read-only bind mounts and pivot_root in its mount namespace)";
            return null;
        }

        return view;
    }

    /// <summary>The launch-chain segment that builds the view on <paramref name="mountPoint"/> and runs the rest of the chain in it.</summary>
    public IEnumerable<string> Command(string shell, string mountPoint, WorkerCgroup? cgroup)
    {
        // The worker's own cgroup, read-only: the runtime and the worker read their limits there.
        string[] groups = cgroup is null ? [] : [.. cgroup.ProcsFiles.Select(f => RealPath(Path.GetDirectoryName(f)!))];
        string mkdir = groups.Length == 0 ? directories : directories + "\n" + string.Join('\n', groups.Select(g => g.TrimStart('/')));
        return [shell, "-c", Script, "coc-view", mountPoint, mkdir, files, links, fstab, string.Join('\n', groups)];
    }

    /// <summary>Removes the fstab.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(fstab);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A list of the product's own files in the temp directory: nothing secret.
        }
    }

    private static List<(string Kind, string Path)> Entries(string dotnetPath, string workerPath)
    {
        var entries = new List<(string Kind, string Path)>();
        var bound = new List<string>();
        void Add(string kind, string path)
        {
            if (!bound.Any(d => path == d || path.StartsWith(d + "/", StringComparison.Ordinal)))
            {
                entries.Add((kind, path));
                if (kind == "d")
                {
                    bound.Add(path);
                }
            }
        }

        foreach (string directory in SystemDirectories)
        {
            // A top-level link is copied as it is (one cp for all); a deeper one shows what it points to.
            var info = new DirectoryInfo(directory);
            if (info.LinkTarget is not null && Path.GetDirectoryName(directory) == "/")
            {
                entries.Add(("l", directory));
            }
            else if (info.Exists)
            {
                Add("d", directory);
            }
        }

        foreach (string device in Devices.Where(File.Exists))
        {
            entries.Add(("c", device));
        }

        Add("f", dotnetPath);
        foreach (string directory in WorkerFiles.RuntimeDirectories(Path.GetDirectoryName(dotnetPath)!))
        {
            Add("d", directory);
        }

        // The worker's files one by one (the application's directory may hold anything else), a subdirectory
        // (a culture's resources, a runtime's native assets) as a whole.
        string app = Path.GetDirectoryName(workerPath)!;
        foreach (string file in WorkerFiles.AppFiles(app, Path.GetFileName(workerPath)))
        {
            int slash = file.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
            Add(slash < 0 ? "f" : "d", Path.Combine(app, slash < 0 ? file : file[..slash]));
        }

        return entries;
    }

    /// <summary>A path as an fstab field (fstab(5): octal escapes for the separators and the escape itself).</summary>
    private static string Escape(string path) => path.Replace("\\", "\\134", StringComparison.Ordinal).Replace(" ", "\\040", StringComparison.Ordinal).Replace("\t", "\\011", StringComparison.Ordinal);

    /// <summary>The path with every symbolic link on it resolved (cgroup v1 mounts are often reached through one: <c>cpu</c> is <c>cpu,cpuacct</c>).</summary>
    private static string RealPath(string path)
    {
        string result = "/";
        foreach (string part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Combine(result, part);
            result = new FileInfo(next).LinkTarget is { } target ? RealPath(Path.GetFullPath(target, result)) : next;
        }

        return result;
    }

    private bool Try(string[] unshare, string shell)
    {
        DirectoryInfo? mountPoint = null;
        try
        {
            mountPoint = Directory.CreateTempSubdirectory("coc-view-probe-");
            var info = new ProcessStartInfo(unshare[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = mountPoint.FullName };
            foreach (string argument in unshare.Skip(1).Concat(Command(shell, mountPoint.FullName, null)).Append("true"))
            {
                info.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(info)!;
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            try
            {
                mountPoint?.Delete();
            }
            catch (IOException)
            {
                // An empty directory in the temp path: nothing to keep secret.
            }
        }
    }
}
