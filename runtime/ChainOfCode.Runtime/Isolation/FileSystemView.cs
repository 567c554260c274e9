using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// The worker's own view of the file system (the <c>fs-view</c> layer): inside the worker's mount namespace, while
/// still root, a shell mounts an empty tmpfs on the worker's fresh directory, binds into it read-only exactly what
/// the worker needs at the paths it has on the host (the system's programs and libraries, the dotnet host and the
/// shared framework it runs on, the worker's own files, the worker's cgroup), binds <c>/dev/null</c>,
/// <c>/dev/zero</c>, <c>/dev/random</c> and <c>/dev/urandom</c>, mounts a <c>/proc</c> of the worker's PID
/// namespace, makes it the root (<c>pivot_root</c>, the old root detached), remounts it read-only and goes on with
/// the rest of the launch chain. The host's <c>/etc</c>, <c>/home</c>, <c>/root</c>, <c>/tmp</c>, the repository
/// and every other file are not there to read, whatever their permissions.
/// </summary>
internal static class FileSystemView
{
    // Arguments: the new root's mount point, then the entries ("d:<dir>", "f:<file>", "c:<device>", "l:<link>" <target>), "--", the command.
    private const string Script = """
        set -e
        W="$PWD" R="$1" P="$PATH" PATH=/usr/sbin:/usr/bin:/sbin:/bin
        shift
        mount -t tmpfs -o size=1m,mode=755,nosuid,nodev coc-view "$R"
        while [ "$1" != -- ]; do
          p="${1#?:}" t="$R${1#?:}"
          case "$1" in
            d:*) mkdir -p "$t"; mount --bind -o ro,nosuid,nodev "$p" "$t";;
            f:*) mkdir -p "${t%/*}"; [ -e "$t" ] || : > "$t"; mount --bind -o ro,nosuid,nodev "$p" "$t";;
            c:*) mkdir -p "${t%/*}"; : > "$t"; mount --bind -o nosuid,noexec "$p" "$t";;
            l:*) mkdir -p "${t%/*}"; ln -s "$2" "$t"; shift;;
          esac
          shift
        done
        shift
        mkdir -p "$R/proc" "$R$W"
        mount -t proc -o nosuid,nodev,noexec proc "$R/proc"
        cd "$R"
        mkdir .old
        pivot_root . .old
        umount -l /.old
        rmdir /.old
        mount -o remount,ro,bind /
        cd "$W"
        PATH="$P"
        exec "$@"
        """;

    private static readonly ConcurrentDictionary<string, bool> Works = new(StringComparer.Ordinal);

    /// <summary>The system's own directories a worker's programs and libraries come from, bound or linked as they are.</summary>
    private static readonly string[] SystemDirectories = ["/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib64", "/usr/lib32", "/usr/libx32", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32"];

    private static readonly string[] Devices = ["/dev/null", "/dev/zero", "/dev/random", "/dev/urandom"];

    /// <summary>
    /// The entries of the view for a worker started as <paramref name="dotnetPath"/> <paramref name="workerPath"/>:
    /// what those two need and nothing of their directories besides.
    /// </summary>
    public static List<string> Entries(string dotnetPath, string workerPath)
    {
        var entries = new List<string>();
        var directories = new List<string>();
        void Add(string kind, string path)
        {
            if (!directories.Any(d => path == d || path.StartsWith(d + "/", StringComparison.Ordinal)))
            {
                entries.Add(kind + path);
                if (kind == "d:")
                {
                    directories.Add(path);
                }
            }
        }

        foreach (string directory in SystemDirectories)
        {
            var info = new DirectoryInfo(directory);
            if (info.LinkTarget is { } target)
            {
                entries.AddRange(["l:" + directory, target]);
            }
            else if (info.Exists)
            {
                Add("d:", directory);
            }
        }

        foreach (string device in Devices.Where(File.Exists))
        {
            entries.Add("c:" + device);
        }

        string root = Path.GetDirectoryName(dotnetPath)!;
        Add("f:", dotnetPath);
        foreach (string directory in WorkerFiles.RuntimeDirectories(root))
        {
            Add("d:", directory);
        }

        // The worker's files one by one (the application's directory may hold anything else), a subdirectory
        // (a culture's resources, a runtime's native assets) as a whole.
        string app = Path.GetDirectoryName(workerPath)!;
        foreach (string file in WorkerFiles.AppFiles(app, Path.GetFileName(workerPath)))
        {
            int slash = file.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (slash < 0)
            {
                Add("f:", Path.Combine(app, file));
            }
            else
            {
                Add("d:", Path.Combine(app, file[..slash]));
            }
        }

        return entries;
    }

    /// <summary>The entries of one worker's cgroup directories (read-only: the runtime and the worker read their own limits there).</summary>
    public static IEnumerable<string> CgroupEntries(WorkerCgroup? cgroup) =>
        cgroup is null ? [] : cgroup.ProcsFiles.Select(f => "d:" + RealPath(Path.GetDirectoryName(f)!));

    /// <summary>The launch-chain segment that builds the view on <paramref name="mountPoint"/> and runs the rest of the chain in it.</summary>
    public static IEnumerable<string> Command(string shell, string mountPoint, IEnumerable<string> entries) =>
        [shell, "-c", Script, "coc-view", mountPoint, .. entries, "--"];

    /// <summary>True when the view can be built behind <paramref name="unshare"/> here, tried once per process and set of entries.</summary>
    public static bool Supported(string[] unshare, string shell, IReadOnlyList<string> entries)
    {
        string key = string.Join('\n', unshare.Concat(entries));
        return Works.GetOrAdd(key, _ => Try(unshare, shell, entries));
    }

    private static bool Try(string[] unshare, string shell, IReadOnlyList<string> entries)
    {
        DirectoryInfo? mountPoint = null;
        try
        {
            mountPoint = Directory.CreateTempSubdirectory("coc-view-probe-");
            var info = new ProcessStartInfo(unshare[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = mountPoint.FullName };
            foreach (string argument in unshare.Skip(1).Concat(Command(shell, mountPoint.FullName, entries)).Append("true"))
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
}
