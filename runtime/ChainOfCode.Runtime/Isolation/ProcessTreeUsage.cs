using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// CPU time of a process and its descendants (the wrappers wait; the worker's RLIMIT_CPU counts its own) and the
/// resident memory of the largest of them (the dotnet worker: a sum would count the pages that many small processes
/// share, such as a shell's libraries, once each), read in one walk of /proc after every run.
/// </summary>
internal static class ProcessTreeUsage
{
    public static (TimeSpan Cpu, long ResidentBytes) Of(Process process, int processId)
    {
        if (OperatingSystem.IsLinux() && Walk(processId) is (long ticks and > 0, long pages))
        {
            // USER_HZ is 100 on Linux.
            return (TimeSpan.FromMilliseconds(ticks * 10), pages * Environment.SystemPageSize);
        }

        try
        {
            process.Refresh();
            return (process.TotalProcessorTime, process.WorkingSet64);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return (TimeSpan.Zero, 0);
        }
    }

    private static (long Ticks, long LargestPages) Walk(int root)
    {
        long ticks = 0;
        long pages = 0;
        var pending = new Stack<int>();
        pending.Push(root);
        for (int visited = 0; pending.Count > 0 && visited < 256; visited++)
        {
            int pid = pending.Pop();
            try
            {
                string stat = File.ReadAllText("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/stat");
                string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                pages = Math.Max(pages, long.Parse(fields[21], CultureInfo.InvariantCulture));
                foreach (string task in Directory.EnumerateDirectories("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/task"))
                {
                    foreach (string child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        pending.Push(int.Parse(child, CultureInfo.InvariantCulture));
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                // Gone meanwhile, or no children file on this kernel.
            }
        }

        return (ticks, pages);
    }
}
