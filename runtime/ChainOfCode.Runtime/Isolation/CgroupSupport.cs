using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// Where this process may create cgroups for its workers, detected once per process: for each of the
/// <c>cpu</c>, <c>memory</c> and <c>pids</c> controllers, the directory of the host's own cgroup in that
/// controller's hierarchy (cgroup v2 when the unified hierarchy has the controller and delegates it, v1
/// otherwise), if a child directory can be created there. Workers' cgroups are children of the host's own,
/// so every limit the host itself is under still applies to them.
/// </summary>
internal sealed class CgroupSupport
{
    public const string Cpu = "cpu";
    public const string Memory = "memory";
    public const string Pids = "pids";

    /// <summary>Every worker cgroup's directory name starts with this, then the host's process id.</summary>
    public const string DirectoryPrefix = "coc-worker-";

    private static readonly string[] Controllers = [Cpu, Memory, Pids];
    private static readonly Lazy<CgroupSupport> Detected = new(Detect, LazyThreadSafetyMode.ExecutionAndPublication);

    private CgroupSupport(IReadOnlyDictionary<string, CgroupParent> parents, string? problem)
    {
        Parents = parents;
        Problem = problem;
    }

    /// <summary>What this process may use (detected on first use).</summary>
    public static CgroupSupport Current => Detected.Value;

    /// <summary>The usable controllers and where their worker cgroups go.</summary>
    public IReadOnlyDictionary<string, CgroupParent> Parents { get; }

    /// <summary>Why a controller is missing, for the operator (null when all three are usable).</summary>
    public string? Problem { get; }

    private static CgroupSupport Detect()
    {
        if (!OperatingSystem.IsLinux())
        {
            return new CgroupSupport(new Dictionary<string, CgroupParent>(), "cgroups exist only on Linux");
        }

        List<(string MountPoint, string Root, string Type, string[] Options)> mounts;
        List<(string[] Controllers, string Path)> memberships;
        try
        {
            mounts = ReadMounts();
            memberships = ReadMemberships();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CgroupSupport(new Dictionary<string, CgroupParent>(), "/proc does not say where this process's cgroups are");
        }

        var parents = new Dictionary<string, CgroupParent>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (string controller in Controllers)
        {
            CgroupParent? parent = FindV2(controller, mounts, memberships) ?? FindV1(controller, mounts, memberships);
            if (parent is null)
            {
                problems.Add($"no writable cgroup for the {controller} controller");
                continue;
            }

            parents[controller] = parent.Value;
        }

        foreach (string directory in parents.Values.Select(p => p.Directory).Distinct(StringComparer.Ordinal))
        {
            SweepLeftovers(directory);
        }

        return new CgroupSupport(parents, problems.Count == 0 ? null : string.Join("; ", problems));
    }

    private static CgroupParent? FindV2(string controller, List<(string MountPoint, string Root, string Type, string[] Options)> mounts, List<(string[] Controllers, string Path)> memberships)
    {
        var mount = mounts.FirstOrDefault(m => m.Type == "cgroup2");
        var own = memberships.FirstOrDefault(m => m.Controllers.Length == 0);
        if (mount.MountPoint is null || own.Path is null)
        {
            return null;
        }

        string directory = Under(mount.MountPoint, mount.Root, own.Path);
        try
        {
            if (!File.ReadAllText(Path.Combine(directory, "cgroup.controllers")).Split(' ', '\n').Contains(controller))
            {
                return null;
            }

            string subtree = Path.Combine(directory, "cgroup.subtree_control");
            if (!File.ReadAllText(subtree).Split(' ', '\n').Contains(controller))
            {
                // Delegate the controller to children; the kernel refuses while this cgroup has processes of its own (not the root).
                File.AppendAllText(subtree, "+" + controller);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return CanCreateChild(directory) ? new CgroupParent(directory, 2) : null;
    }

    private static CgroupParent? FindV1(string controller, List<(string MountPoint, string Root, string Type, string[] Options)> mounts, List<(string[] Controllers, string Path)> memberships)
    {
        var mount = mounts.FirstOrDefault(m => m.Type == "cgroup" && m.Options.Contains(controller));
        var own = memberships.FirstOrDefault(m => m.Controllers.Contains(controller));
        if (mount.MountPoint is null || own.Path is null)
        {
            return null;
        }

        string directory = Under(mount.MountPoint, mount.Root, own.Path);
        return CanCreateChild(directory) ? new CgroupParent(directory, 1) : null;
    }

    /// <summary>The directory of a cgroup path as seen through a mount whose root may itself be a cgroup (a container's view).</summary>
    private static string Under(string mountPoint, string root, string path)
    {
        string relative = root != "/" && path.StartsWith(root, StringComparison.Ordinal) ? path[root.Length..] : path;
        return Path.Combine(mountPoint, relative.TrimStart('/'));
    }

    private static bool CanCreateChild(string directory)
    {
        string probe = Path.Combine(directory, DirectoryPrefix + "probe-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant());
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Removes the empty worker cgroups a host that died without cleaning up left behind (its process id is gone).</summary>
    private static void SweepLeftovers(string directory)
    {
        try
        {
            foreach (string child in Directory.EnumerateDirectories(directory, DirectoryPrefix + "*"))
            {
                string[] parts = Path.GetFileName(child)[DirectoryPrefix.Length..].Split('-');
                if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int host) && host != Environment.ProcessId && !ProcessExists(host))
                {
                    try
                    {
                        Directory.Delete(child);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        // Still has tasks, or not ours to remove.
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to sweep.
        }
    }

    private static bool ProcessExists(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static List<(string MountPoint, string Root, string Type, string[] Options)> ReadMounts()
    {
        // "36 25 0:32 / /sys/fs/cgroup/memory rw,nosuid - cgroup cgroup rw,memory"
        var mounts = new List<(string, string, string, string[])>();
        foreach (string line in File.ReadLines("/proc/self/mountinfo"))
        {
            string[] fields = line.Split(' ');
            int separator = Array.IndexOf(fields, "-");
            if (separator < 5 || separator + 3 >= fields.Length || !fields[separator + 1].StartsWith("cgroup", StringComparison.Ordinal))
            {
                continue;
            }

            mounts.Add((Unescape(fields[4]), Unescape(fields[3]), fields[separator + 1], fields[separator + 3].Split(',')));
        }

        return mounts;
    }

    private static List<(string[] Controllers, string Path)> ReadMemberships()
    {
        // "4:memory:/user.slice" (v1) and "0::/user.slice/session-1.scope" (v2).
        var memberships = new List<(string[], string)>();
        foreach (string line in File.ReadLines("/proc/self/cgroup"))
        {
            string[] fields = line.Split(':', 3);
            if (fields.Length == 3)
            {
                memberships.Add((fields[1].Length == 0 ? [] : fields[1].Split(','), fields[2]));
            }
        }

        return memberships;
    }

    // mountinfo escapes space, tab, newline and backslash as octal.
    private static string Unescape(string field) =>
        field.Replace("\\040", " ", StringComparison.Ordinal).Replace("\\011", "\t", StringComparison.Ordinal)
            .Replace("\\012", "\n", StringComparison.Ordinal).Replace("\\134", "\\", StringComparison.Ordinal);
}
