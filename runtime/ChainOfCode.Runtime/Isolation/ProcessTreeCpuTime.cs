using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>CPU time of a process and its descendants (the wrappers wait; the worker's RLIMIT_CPU counts its own).</summary>
internal static class ProcessTreeCpuTime
{
    public static TimeSpan Of(Process process, int processId)
    {
        if (OperatingSystem.IsLinux() && TreeClockTicks(processId) is long ticks and > 0)
        {
            // USER_HZ is 100 on Linux.
            return TimeSpan.FromMilliseconds(ticks * 10);
        }

        try
        {
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return TimeSpan.Zero;
        }
    }

    private static long? TreeClockTicks(int root)
    {
        long total = 0;
        var pending = new Stack<int>();
        pending.Push(root);
        for (int visited = 0; pending.Count > 0 && visited < 256; visited++)
        {
            int pid = pending.Pop();
            try
            {
                string stat = File.ReadAllText("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/stat");
                string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                total += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
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

        return total;
    }
}
