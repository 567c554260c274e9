using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>Which namespaces this process can give its workers, tried once per process by running <c>unshare ... -- true</c>.</summary>
internal static class NamespaceSupport
{
    private static readonly ConcurrentDictionary<string, bool> Works = new(StringComparer.Ordinal);

    /// <summary>
    /// The unshare prefix for the wanted namespaces, tried once per process: as root plainly, otherwise through an
    /// unprivileged user namespace; a PID namespace (with its own /proc) that the OS refuses falls back to the network one alone.
    /// </summary>
    public static (string[]? Prefix, bool Net, bool Pid) Choose(bool net, bool pid)
    {
        string? tool = SystemTools.Unshare;
        if (tool is null || !(net || pid) || SystemTools.Shell is null && pid && !net)
        {
            return (null, false, false);
        }

        var choices = new List<(bool Net, bool Pid)>();
        if (pid && SystemTools.Shell is not null)
        {
            choices.Add((net, true));
        }

        if (net)
        {
            choices.Add((true, false));
        }

        foreach ((bool withNet, bool withPid) in choices)
        {
            foreach (bool mapRoot in new[] { false, true })
            {
                var prefix = new List<string> { tool };
                if (withNet)
                {
                    prefix.Add("--net");
                }

                if (withPid)
                {
                    prefix.AddRange(["--pid", "--fork", "--kill-child", "--mount", "--mount-proc"]);
                }

                if (mapRoot)
                {
                    prefix.Add("--map-root-user");
                }

                prefix.Add("--");
                string[] candidate = [.. prefix];
                if (Works.GetOrAdd(string.Join(' ', candidate), _ => Succeeds(candidate)))
                {
                    return (candidate, withNet, withPid);
                }
            }
        }

        return (null, false, false);
    }

    private static bool Succeeds(string[] prefix)
    {
        try
        {
            var info = new ProcessStartInfo(prefix[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            for (int i = 1; i < prefix.Length; i++)
            {
                info.ArgumentList.Add(prefix[i]);
            }

            info.ArgumentList.Add("true");
            using Process process = Process.Start(info)!;
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return false;
        }
    }
}
