using System.Globalization;

namespace ChainOfCode.Cli.Tests.Mcp;

/// <summary>One process, named by its id and its start time, so a reused id is never taken for it.</summary>
internal readonly record struct ProcessIdentity(int Pid, ulong StartTime);

/// <summary>
/// Real processes from /proc: the descendants of a server, the worker among them (<c>dotnet ChainOfCode.Worker.dll</c>,
/// below the wrapper chain), whether one still lives and how much CPU it used. Linux only; every wait has a timeout.
/// </summary>
internal static class ProcessTree
{
    public static IReadOnlyList<ProcessIdentity> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (string directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out int pid) && Stat(pid) is { } fields)
            {
                int parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (!children.TryGetValue(parent, out List<int>? list))
                {
                    children[parent] = list = [];
                }

                list.Add(pid);
            }
        }

        var found = new List<ProcessIdentity>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out int next))
        {
            foreach (int child in children.GetValueOrDefault(next) ?? [])
            {
                if (Identify(child) is { } identity)
                {
                    found.Add(identity);
                }

                pending.Push(child);
            }
        }

        return found;
    }

    /// <summary>The real worker below <paramref name="root"/>, waiting (bounded) while the wrappers start it.</summary>
    public static ProcessIdentity FindWorker(int root, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (Descendants(root).FirstOrDefault(p => IsWorker(p.Pid)) is { Pid: > 0 } worker)
            {
                return worker;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"No 'dotnet ChainOfCode.Worker.dll' below process {root} within {timeout}.");
            }

            Thread.Sleep(20);
        }
    }

    /// <summary>True while that very process exists and is not a zombie.</summary>
    public static bool IsAlive(ProcessIdentity process) => Identify(process.Pid) is { } now && now.StartTime == process.StartTime;

    /// <summary>Waits until none of <paramref name="processes"/> is alive; false when some still are after <paramref name="timeout"/>.</summary>
    public static bool WaitUntilGone(IEnumerable<ProcessIdentity> processes, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (processes.Any(IsAlive))
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            Thread.Sleep(50);
        }

        return true;
    }

    /// <summary>The process id and its command line, for failure messages.</summary>
    public static string Describe(ProcessIdentity process) =>
        $"{process.Pid}: {Read(process.Pid, "cmdline")?.Replace('\0', ' ').Trim()}";

    /// <summary>User plus system CPU time of the process, in clock ticks; null when it is gone.</summary>
    public static long? CpuTicks(ProcessIdentity process) =>
        IsAlive(process) && Stat(process.Pid) is { } fields
            ? long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
            : null;

    private static ProcessIdentity? Identify(int pid) =>
        Stat(pid) is { } fields && fields[0] != "Z" ? new ProcessIdentity(pid, ulong.Parse(fields[19], CultureInfo.InvariantCulture)) : null;

    private static bool IsWorker(int pid)
    {
        string[] argv = Read(pid, "cmdline")?.Split('\0', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return argv.Length >= 2 && Path.GetFileName(argv[0]) == "dotnet" && argv.Skip(1).Any(a => a.EndsWith("ChainOfCode.Worker.dll", StringComparison.Ordinal));
    }

    /// <summary>The fields of /proc/PID/stat after "(comm) ": state first, parent second, utime 12th, stime 13th, starttime 20th.</summary>
    private static string[]? Stat(int pid) => Read(pid, "stat") is { } stat ? stat[(stat.LastIndexOf(')') + 2)..].Split(' ') : null;

    private static string? Read(int pid, string file)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/{file}");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            // The process ended meanwhile (its /proc entry went away or its files became unreadable as it exited).
            return null;
        }
    }
}
