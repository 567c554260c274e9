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
/// One worker's own cgroup: a CPU quota, a memory limit that covers everything the process maps (managed
/// heap, native allocations, thread stacks, code) and a cap on its tasks. The worker's launch chain joins it
/// before anything else runs (a shell writes its own process id into each <c>cgroup.procs</c> and then
/// <c>exec</c>s the rest), so every process and thread of the worker is inside. Disposing kills whatever is
/// left in it and removes the directories.
/// </summary>
internal sealed class WorkerCgroup : IDisposable
{
    private const int CpuPeriodMicroseconds = 100_000;
    private readonly List<(string Directory, int Version, string[] Controllers)> groups;
    private int disposed;

    private WorkerCgroup(List<(string Directory, int Version, string[] Controllers)> groups)
    {
        this.groups = groups;
    }

    /// <summary>The <c>cgroup.procs</c> files the worker's first process writes its id into.</summary>
    public IReadOnlyList<string> ProcsFiles => groups.Select(g => Path.Combine(g.Directory, "cgroup.procs")).ToList();

    /// <summary>
    /// Creates the cgroup for one worker under each usable controller's parent and writes its limits.
    /// Throws <see cref="IOException"/> when the kernel refuses (nothing is left behind then).
    /// </summary>
    /// <param name="support">Where the controllers are.</param>
    /// <param name="cpuQuotaPercent">Percent of one CPU, or null for no quota.</param>
    /// <param name="memoryBytes">The memory limit, or null for none.</param>
    /// <param name="pidsMax">The most tasks (processes and threads), or null for no cap.</param>
    public static WorkerCgroup Create(CgroupSupport support, int? cpuQuotaPercent, long? memoryBytes, int? pidsMax)
    {
        var wanted = new List<string>();
        if (cpuQuotaPercent is not null && support.Parents.ContainsKey(CgroupSupport.Cpu))
        {
            wanted.Add(CgroupSupport.Cpu);
        }

        if (memoryBytes is not null && support.Parents.ContainsKey(CgroupSupport.Memory))
        {
            wanted.Add(CgroupSupport.Memory);
        }

        if (pidsMax is not null && support.Parents.ContainsKey(CgroupSupport.Pids))
        {
            wanted.Add(CgroupSupport.Pids);
        }

        string name = CgroupSupport.DirectoryPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-"
            + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();

        // Under cgroup v2 the three controllers share one directory; under v1 each has its own hierarchy.
        var groups = wanted
            .GroupBy(c => support.Parents[c])
            .Select(g => (Path.Combine(g.Key.Directory, name), g.Key.Version, g.ToArray()))
            .ToList();
        var cgroup = new WorkerCgroup([]);
        try
        {
            foreach ((string directory, int version, string[] controllers) in groups)
            {
                Directory.CreateDirectory(directory);
                cgroup.groups.Add((directory, version, controllers));
                foreach (string controller in controllers)
                {
                    WriteLimit(directory, version, controller, cpuQuotaPercent, memoryBytes, pidsMax);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cgroup.Dispose();
            throw new IOException("The worker's cgroup could not be set up: " + e.Message, e);
        }

        return cgroup;
    }

    /// <summary>True when the kernel's out-of-memory killer ended a task of this cgroup (its memory limit was hit).</summary>
    public bool OutOfMemoryKilled
    {
        get
        {
            foreach ((string directory, int version, string[] controllers) in groups)
            {
                if (!controllers.Contains(CgroupSupport.Memory))
                {
                    continue;
                }

                string events = Path.Combine(directory, version == 2 ? "memory.events" : "memory.oom_control");
                if (Counter(events, "oom_kill") is long kills)
                {
                    return kills > 0;
                }

                // Kernels before 4.13 keep no oom_kill counter in v1: the limit was hit at least.
                return version == 1 && ReadNumber(Path.Combine(directory, "memory.failcnt")) > 0;
            }

            return false;
        }
    }

    /// <summary>Kills every task still in the cgroup (by process id), waits (bounded) until it is empty and removes it.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        foreach ((string directory, _, _) in groups)
        {
            TryWrite(Path.Combine(directory, "cgroup.kill"), "1");
        }

        var clock = Stopwatch.StartNew();
        foreach ((string directory, _, _) in groups)
        {
            while (true)
            {
                KillTasks(directory);
                try
                {
                    Directory.Delete(directory);
                    break;
                }
                catch (DirectoryNotFoundException)
                {
                    break;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Busy: a killed task has not been reaped yet. Bounded; a leftover empty cgroup is swept by the next host.
                    if (clock.Elapsed > TimeSpan.FromSeconds(5))
                    {
                        break;
                    }

                    Thread.Sleep(10);
                }
            }
        }
    }

    private static void WriteLimit(string directory, int version, string controller, int? cpuQuotaPercent, long? memoryBytes, int? pidsMax)
    {
        string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
        switch (controller)
        {
            case CgroupSupport.Cpu:
                long quota = Math.Max(1_000, (long)cpuQuotaPercent!.Value * CpuPeriodMicroseconds / 100);
                if (version == 2)
                {
                    File.WriteAllText(Path.Combine(directory, "cpu.max"), Text(quota) + " " + Text(CpuPeriodMicroseconds));
                }
                else
                {
                    File.WriteAllText(Path.Combine(directory, "cpu.cfs_period_us"), Text(CpuPeriodMicroseconds));
                    File.WriteAllText(Path.Combine(directory, "cpu.cfs_quota_us"), Text(quota));
                }

                break;
            case CgroupSupport.Memory:
                if (version == 2)
                {
                    File.WriteAllText(Path.Combine(directory, "memory.max"), Text(memoryBytes!.Value));
                    TryWrite(Path.Combine(directory, "memory.swap.max"), "0");
                }
                else
                {
                    File.WriteAllText(Path.Combine(directory, "memory.limit_in_bytes"), Text(memoryBytes!.Value));

                    // Memory plus swap at the same value: the worker cannot page out past its limit (absent without swap accounting).
                    TryWrite(Path.Combine(directory, "memory.memsw.limit_in_bytes"), Text(memoryBytes.Value));
                }

                break;
            case CgroupSupport.Pids:
                File.WriteAllText(Path.Combine(directory, "pids.max"), Text(pidsMax!.Value));
                break;
        }
    }

    private static void KillTasks(string directory)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(directory, "cgroup.procs"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (string line in lines)
        {
            if (!int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                continue;
            }

            try
            {
                using Process process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
            {
                // Already gone.
            }
        }
    }

    private static void TryWrite(string path, string text)
    {
        try
        {
            if (File.Exists(path))
            {
                File.WriteAllText(path, text);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An optional knob this kernel refuses.
        }
    }

    private static long? Counter(string path, string name)
    {
        try
        {
            foreach (string line in File.ReadLines(path))
            {
                string[] fields = line.Split(' ');
                if (fields.Length == 2 && fields[0] == name && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                {
                    return value;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return null;
    }

    private static long ReadNumber(string path)
    {
        try
        {
            return long.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
