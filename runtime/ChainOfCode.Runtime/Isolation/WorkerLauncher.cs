using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// Builds the command line and the environment of a worker: <c>prlimit</c> (or a <c>sh</c> ulimit
/// wrapper) for the resource limits, <c>unshare</c> for the network and PID namespaces, <c>setpriv</c>
/// for the unprivileged user, then <c>dotnet ChainOfCode.Worker.dll</c>. What the OS offers is detected once per process.
/// </summary>
internal sealed class WorkerLauncher
{
    private static readonly Lazy<string?> Prlimit = new(() => FindExecutable("prlimit"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string?> Shell = new(() => FindExecutable("sh"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string?> Setpriv = new(() => FindExecutable("setpriv"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string?> UnshareTool = new(() => OperatingSystem.IsLinux() ? FindExecutable("unshare") : null, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Works = new(StringComparer.Ordinal);

    private readonly WorkerPoolOptions options;
    private readonly string dotnetPath;
    private readonly string workerPath;
    private readonly string[]? unshare;

    public WorkerLauncher(WorkerPoolOptions options)
    {
        this.options = options;
        dotnetPath = options.DotnetPath ?? FindDotnet();
        workerPath = options.WorkerPath ?? FindWorker();
        string? limits = null;
        if (options.UseResourceLimits && !OperatingSystem.IsWindows())
        {
            limits = Prlimit.Value is not null && !options.PreferShellLimits ? "prlimit" : Shell.Value is not null ? "ulimit" : null;
        }

        (unshare, bool netns, bool pidns) = ChooseNamespaces(options.UseNetworkNamespace, options.UsePidNamespace);
        int? user = options.UnprivilegedUserId is int id && OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess && Setpriv.Value is not null
            && ReadableByOthers(dotnetPath) && ReadableByOthers(workerPath) ? id : null;
        Isolation = new WorkerIsolation(netns, limits, HeapLimitBytes, user, pidns);
    }

    /// <summary>What the workers get here.</summary>
    public WorkerIsolation Isolation { get; }

    private long HeapLimitBytes => checked(options.MemoryLimitBytes + options.CompilerHeadroomBytes);

    /// <summary>
    /// Permissions of a worker's fresh working directory: only its owner (the host) may list or create; an
    /// unprivileged worker may only enter it. Nothing can be written there anyway (RLIMIT_FSIZE=0).
    /// </summary>
    public UnixFileMode WorkDirectoryMode => Isolation.UserId is null
        ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>The start info of one worker whose working directory (also its HOME and TMPDIR) is <paramref name="workDirectory"/>.</summary>
    public ProcessStartInfo CreateStartInfo(string workDirectory)
    {
        var argv = new List<string>();
        string cpu = options.CpuSecondsLimit.ToString(CultureInfo.InvariantCulture);
        string files = options.OpenFilesLimit.ToString(CultureInfo.InvariantCulture);
        if (Isolation.ResourceLimits == "prlimit")
        {
            argv.AddRange([Prlimit.Value!, "--cpu=" + cpu, "--fsize=0", "--core=0", "--nofile=" + files]);
            if (Isolation.UserId is not null)
            {
                argv.Add("--nproc=" + options.MaxProcesses.ToString(CultureInfo.InvariantCulture));
            }

            argv.Add("--");
        }
        else if (Isolation.ResourceLimits == "ulimit")
        {
            argv.AddRange([Shell.Value!, "-c", "ulimit -t " + cpu + " && ulimit -f 0 && ulimit -c 0 && ulimit -n " + files + " && exec \"$@\"", "coc-worker"]);
        }

        if (unshare is not null)
        {
            argv.AddRange(unshare);
        }

        if (Isolation.UserId is int uid)
        {
            // After unshare (which needs root): drop to the unprivileged user, every capability, and any way back.
            argv.AddRange([Setpriv.Value!, "--reuid=" + uid.ToString(CultureInfo.InvariantCulture), "--regid=" + options.UnprivilegedGroupId.ToString(CultureInfo.InvariantCulture),
                "--clear-groups", "--no-new-privs", "--bounding-set=-all", "--inh-caps=-all"]);
            if (Isolation.PidNamespace)
            {
                // Changing the user clears unshare's --kill-child; set it again, so that killing the top process
                // (unshare, single-threaded) still ends the namespace's init and with it everything inside.
                argv.AddRange(["--pdeathsig", "KILL"]);
            }

            argv.Add("--");
        }

        if (Isolation.PidNamespace)
        {
            // The namespace's init must not be dotnet (init ignores signals it has no handler for, and its
            // death ends the namespace): a shell waits for the worker and passes its status on (128+signal).
            argv.AddRange([Shell.Value!, "-c", "\"$@\"; exit $?", "coc-init"]);
        }

        argv.AddRange([dotnetPath, workerPath]);

        var info = new ProcessStartInfo(argv[0])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workDirectory,
            CreateNoWindow = true,
        };
        for (int i = 1; i < argv.Count; i++)
        {
            info.ArgumentList.Add(argv[i]);
        }

        // Nothing of the host's environment (its secrets) reaches the worker: only what dotnet needs.
        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        info.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(dotnetPath) ?? string.Empty;
        info.Environment["HOME"] = workDirectory;
        info.Environment["TMPDIR"] = workDirectory;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_GCHeapHardLimit"] = HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";

        // W^X double mapping grows a memfd with ftruncate, which RLIMIT_FSIZE=0 answers with SIGXFSZ.
        info.Environment["DOTNET_EnableWriteXorExecute"] = "0";

        // No diagnostic IPC socket, no debugger, no perf map files: nothing to reach the worker from outside.
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        if (options.UnsafeTestProbe)
        {
            info.Environment[WorkerEnvironment.UnsafeProbe] = "1";
        }

        return info;
    }

    /// <summary>
    /// True when a user who is neither owner nor group can reach and read the file (every directory above it
    /// searchable, the file and its directory readable): a checkout under /root, say, is not, and the worker
    /// then keeps the host's user rather than fail to start.
    /// </summary>
    private static bool ReadableByOthers(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            string full = Path.GetFullPath(path);
            if ((File.GetUnixFileMode(full) & UnixFileMode.OtherRead) == 0)
            {
                return false;
            }

            string? directory = Path.GetDirectoryName(full);
            if (directory is null || (File.GetUnixFileMode(directory) & UnixFileMode.OtherRead) == 0)
            {
                return false;
            }

            for (; directory is not null; directory = Path.GetDirectoryName(directory))
            {
                if ((File.GetUnixFileMode(directory) & UnixFileMode.OtherExecute) == 0)
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string FindDotnet()
    {
        // The host that runs this process: <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll.
        string? framework = Path.GetDirectoryName(typeof(object).Assembly.Location);
        string? root = framework is null ? null : Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(framework)));
        string name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (root is not null && File.Exists(Path.Combine(root, name)))
        {
            return Path.Combine(root, name);
        }

        string? process = Environment.ProcessPath;
        if (process is not null && Path.GetFileName(process).Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return process;
        }

        return FindExecutable("dotnet") ?? throw new FileNotFoundException("The dotnet host was not found; set WorkerPoolOptions.DotnetPath.");
    }

    private static string FindWorker()
    {
        const string name = "ChainOfCode.Worker.dll";
        foreach (string? directory in new[] { Path.GetDirectoryName(typeof(WorkerLauncher).Assembly.Location), AppContext.BaseDirectory })
        {
            if (!string.IsNullOrEmpty(directory) && File.Exists(Path.Combine(directory, name)))
            {
                return Path.Combine(directory, name);
            }
        }

        throw new FileNotFoundException("ChainOfCode.Worker.dll was not found next to the application; reference the worker project or set WorkerPoolOptions.WorkerPath.");
    }

    private static string? FindExecutable(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        foreach (string directory in new[] { "/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin" })
        {
            string path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>
    /// The unshare prefix for the wanted namespaces, tried once per process: as root plainly, otherwise through an
    /// unprivileged user namespace; a PID namespace (with its own /proc) that the OS refuses falls back to the network one alone.
    /// </summary>
    private static (string[]? Prefix, bool Net, bool Pid) ChooseNamespaces(bool net, bool pid)
    {
        string? tool = UnshareTool.Value;
        if (tool is null || !(net || pid) || Shell.Value is null && pid && !net)
        {
            return (null, false, false);
        }

        var choices = new List<(bool Net, bool Pid)>();
        if (pid && Shell.Value is not null)
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
