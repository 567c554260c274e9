using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Worker;

/// <summary>
/// The test-only raw probes (enabled only when the host sets the probe switch, which it does only for
/// <see cref="WorkerPoolOptions.UnsafeTestProbe"/>): fixed pieces of plain .NET code, no gate, no guards,
/// that show what the operating-system limits stop on their own. There is no way to send them code.
/// </summary>
internal static class RawProbes
{
    private static readonly List<byte[]> Hoard = [];

    public static ScriptResult Run(string probe, string? argument, Stream responses, string nonce, long id)
    {
        string outcome = probe switch
        {
            WorkerProbe.WriteFile => Try(() =>
            {
                File.WriteAllText(argument!, "written by the worker");
                return "wrote";
            }),
            WorkerProbe.ReadFile => Try(() => "read:" + File.ReadAllText(argument!)),
            WorkerProbe.Connect => Try(() =>
            {
                using var client = new TcpClient();
                if (!client.ConnectAsync("127.0.0.1", int.Parse(argument!, CultureInfo.InvariantCulture)).Wait(TimeSpan.FromSeconds(5)))
                {
                    return "failed:timeout";
                }

                return "connected";
            }),
            WorkerProbe.ReadEnvironment => Environment.GetEnvironmentVariable(argument!) is { } value ? "value:" + value : "absent",
            WorkerProbe.ReadRuntimeSetting => AppContext.GetData(argument!) is { } setting ? "value:" + setting : "absent",
            WorkerProbe.ReadGcSetting => GC.GetConfigurationVariables().TryGetValue(argument!, out object? gc) ? "value:" + gc : "absent",
            WorkerProbe.StartProcess => Try(() =>
            {
                var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
                info.ArgumentList.Add("-c");
                info.ArgumentList.Add(argument!);
                using Process shell = Process.Start(info)!;
                shell.WaitForExit(10_000);
                return "started";
            }),
            // The interfaces of the worker's network namespace as its own /proc lists them (/sys is not in its view).
            WorkerProbe.NetworkInterfaces => Try(() => "interfaces:" + string.Join(",", File.ReadAllLines("/proc/net/dev").Skip(2)
                .Select(l => l.Split(':')[0].Trim() + "=listed"))),
            WorkerProbe.ForgeFrame => Try(() =>
            {
                var forged = new WorkerMessage { Kind = WorkerMessage.ResultKind, Nonce = "00000000000000000000000000000000", Id = 1, Result = new ScriptResult { Status = ScriptStatus.Succeeded } };
                WorkerFraming.WriteFrameAsync(responses, forged.ToBytes()).GetAwaiter().GetResult();
                return "forged";
            }),
            WorkerProbe.SendCancel => Try(() =>
            {
                var cancel = new WorkerMessage { Kind = WorkerMessage.CancelKind, Nonce = nonce, Id = id };
                WorkerFraming.WriteFrameAsync(responses, cancel.ToBytes()).GetAwaiter().GetResult();
                return "sent";
            }),
            WorkerProbe.WriteRawStdout => Try(() =>
            {
                var forged = new WorkerMessage { Kind = WorkerMessage.ResultKind, Nonce = "forged", Id = 1, Result = new ScriptResult { Status = ScriptStatus.Succeeded } };
                using Stream raw = Console.OpenStandardOutput();
                WorkerFraming.WriteFrameAsync(raw, forged.ToBytes()).GetAwaiter().GetResult();
                return "wrote-raw-stdout";
            }),
            WorkerProbe.StackOverflow => "depth:" + Recurse(0).ToString(CultureInfo.InvariantCulture),
            WorkerProbe.FailFast => FailFast(),
            WorkerProbe.Hang => Hang(),
            WorkerProbe.ExhaustHeap => ExhaustHeap(),
            WorkerProbe.Limits => Try(() => File.ReadAllText("/proc/self/limits")),
            WorkerProbe.ExhaustNativeMemory => ExhaustNativeMemory(),
            WorkerProbe.CgroupLimits => Try(CgroupLimits),
            _ => "unknown probe",
        };
        return new ScriptResult { Status = ScriptStatus.Succeeded, Output = outcome };
    }

    private static string Try(Func<string> probe)
    {
        try
        {
            return probe();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Exception inner = e is AggregateException { InnerException: { } first } ? first : e;
            return "failed:" + inner.GetType().Name + (inner is SocketException socket ? ":" + socket.SocketErrorCode.ToString() : string.Empty);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Recurse(long depth)
    {
        Span<byte> pad = stackalloc byte[256];
        pad[0] = (byte)depth;
        return Recurse(depth + 1) + pad[0];
    }

    private static string FailFast()
    {
        Environment.FailFast("probe");
        return "unreachable";
    }

    private static string Hang()
    {
        Thread.Sleep(Timeout.Infinite);
        return "unreachable";
    }

    private static string ExhaustNativeMemory()
    {
        // Kept and touched, so every page is really charged; the managed heap limit does not see any of it.
        var blocks = new List<IntPtr>();
        for (int i = 0; i < 64 * 1024; i++)
        {
            IntPtr block = Marshal.AllocHGlobal(1024 * 1024);
            for (int offset = 0; offset < 1024 * 1024; offset += 4096)
            {
                Marshal.WriteByte(block, offset, 1);
            }

            blocks.Add(block);
        }

        return "no limit after " + blocks.Count.ToString(CultureInfo.InvariantCulture) + " MiB";
    }

    private static string CgroupLimits()
    {
        var found = new List<string>();
        foreach (string line in File.ReadAllLines("/proc/self/cgroup"))
        {
            string[] fields = line.Split(':', 3);
            string[] knobs = fields[1] switch
            {
                "" => ["cpu.max", "memory.max", "pids.max"],
                _ when fields[1].Split(',').Contains("cpu") => ["cpu.cfs_quota_us", "cpu.cfs_period_us"],
                _ when fields[1].Split(',').Contains("memory") => ["memory.limit_in_bytes"],
                _ when fields[1].Split(',').Contains("pids") => ["pids.max"],
                _ => [],
            };
            string mount = fields[1] == string.Empty ? "/sys/fs/cgroup/unified" : "/sys/fs/cgroup/" + fields[1];
            foreach (string knob in knobs)
            {
                string path = mount + fields[2] + "/" + knob;
                if (File.Exists(path))
                {
                    found.Add(knob + "=" + File.ReadAllText(path).Trim());
                }
            }
        }

        return string.Join("\n", found);
    }

    private static string ExhaustHeap()
    {
        // Keeps everything: the heap hard limit, not a budget, must stop it.
        while (true)
        {
            byte[] block = new byte[1024 * 1024];
            block.AsSpan().Fill(1);
            Hoard.Add(block);
            if (Hoard.Count > 1_000_000)
            {
                return "no limit";
            }
        }
    }
}
