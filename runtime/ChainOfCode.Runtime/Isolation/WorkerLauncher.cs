using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// Builds the command line and the environment of a worker: <c>prlimit</c> (or a <c>sh</c> ulimit
/// wrapper) for the resource limits, <c>unshare</c> for the network and PID namespaces, the worker's own
/// file-system view (<see cref="FileSystemView"/>), <c>setpriv</c>
/// for the unprivileged user, then <c>dotnet ChainOfCode.Worker.dll</c>; each worker joins a cgroup of its own first.
/// What the OS offers is detected once per process.
/// </summary>
internal sealed class WorkerLauncher : IDisposable
{
    /// <summary>The exit code of the cgroup wrapper when the kernel refuses to move the worker into its cgroup.</summary>
    internal const int CgroupJoinFailed = 125;

    /// <summary>The folder beside the application where the runtime package puts its ReadyToRun worker (ChainOfCode.Worker.ReadyToRun.targets).</summary>
    internal const string ReadyToRunFolder = "chainofcode-worker";

    /// <summary>The runtime setting the launcher sets for the worker's tiering; a benchmark's runtime settings may override it.</summary>
    internal const string TieringDelayMultiplier = "DOTNET_TC_DelaySingleProcMultiplier";

    private readonly WorkerPoolOptions options;
    private readonly string dotnetPath;
    private readonly string workerPath;
    private readonly string[]? unshare;
    private readonly WorkerFiles? stagedFiles;
    private readonly FileSystemView? view;

    /// <summary>
    /// Detects what this machine grants. Throws <see cref="WorkerIsolationException"/> when a layer that was asked for
    /// cannot be applied and <see cref="WorkerPoolOptions.AllowDegradedIsolation"/> is not set.
    /// </summary>
    public WorkerLauncher(WorkerPoolOptions options)
    {
        this.options = options;
        dotnetPath = options.DotnetPath ?? FindDotnet();
        workerPath = options.WorkerPath ?? FindWorker(Path.GetDirectoryName(typeof(WorkerLauncher).Assembly.Location), AppContext.BaseDirectory);
        var degraded = new List<string>();
        var reasons = new List<string>();
        void Missing(string layer, string reason)
        {
            degraded.Add(layer);
            reasons.Add(layer + ": " + reason);
        }

        string? limits = null;
        if (options.UseResourceLimits)
        {
            limits = OperatingSystem.IsWindows() ? null : SystemTools.Prlimit is not null && !options.PreferShellLimits ? "prlimit" : SystemTools.Shell is not null ? "ulimit" : null;
            if (limits is null)
            {
                Missing("rlimits", "neither prlimit nor sh is available to set the resource limits");
            }
        }

        (unshare, bool netns, bool pidns) = NamespaceSupport.Choose(options.UseNetworkNamespace, options.UsePidNamespace);
        if (options.UseNetworkNamespace && !netns)
        {
            Missing("netns", "the operating system refused a network namespace (unshare --net; Linux, root or unprivileged user namespaces)");
        }

        if (options.UsePidNamespace && !pidns)
        {
            Missing("pidns", "the operating system refused a PID namespace (unshare --pid --mount-proc)");
        }

        int? user = null;
        if (options.UnprivilegedUserId is int id && OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess)
        {
            if (SystemTools.Setpriv is null)
            {
                Missing("unprivileged", "setpriv (util-linux) is not installed");
            }
            else if (!File.Exists(dotnetPath) || !File.Exists(workerPath))
            {
                // Nothing to stage: the start fails anyway, with its own clear error.
                user = id;
            }
            else if (WorkerFiles.ForOtherUsers(dotnetPath, workerPath, out string? problem) is { } readable)
            {
                // Where the installation is out of the unprivileged user's reach (a 0700 home or temp folder),
                // the worker starts from a readable copy instead of keeping root's user.
                stagedFiles = readable;
                dotnetPath = readable.DotnetPath;
                workerPath = readable.WorkerPath;
                user = id;
            }
            else
            {
                Missing("unprivileged", problem ?? "the worker's files are not readable by the unprivileged user");
            }
        }

        bool emptyView = false;
        if (options.UseFileSystemView)
        {
            (view, emptyView) = ChooseView(pidns, out string? problem);
            if (view is null && !emptyView)
            {
                Missing("fs-view", problem!);
            }
        }

        var cgroupLimits = new List<string>();
        if (options.UseCgroups)
        {
            CgroupSupport cgroups = CgroupSupport.Current;
            foreach ((string controller, string layer) in new[] { (CgroupSupport.Cpu, "cpu-quota"), (CgroupSupport.Memory, "memory-cgroup"), (CgroupSupport.Pids, "pids-limit") })
            {
                if (cgroups.Parents.ContainsKey(controller) && SystemTools.Shell is not null)
                {
                    cgroupLimits.Add(layer);
                }
                else
                {
                    Missing(layer, cgroups.Problem ?? "no writable cgroup");
                }
            }
        }

        Isolation = new WorkerIsolation(netns, limits, options.HeapLimitBytes, user, pidns)
        {
            CgroupLimits = cgroupLimits,
            FileSystemView = view is not null || emptyView,
            Degraded = degraded,
            DegradedReason = string.Join("; ", reasons),
        };

        // The layers that keep a script from the host's files, network and processes fail closed; the cgroup
        // limits (resources only) degrade with the label saying so.
        string[] refused = [.. degraded.Where(d => d is "netns" or "pidns" or "fs-view" or "rlimits" or "unprivileged")];
        if (refused.Length > 0 && !options.AllowDegradedIsolation)
        {
            stagedFiles?.Dispose();
            view?.Dispose();
            // No path in the message (the reasons name none): it may be shown to whoever submitted the run.
            throw new WorkerIsolationException(
                "The worker isolation would be weaker than asked (" + string.Join(", ", refused) + "): "
                + string.Join("; ", reasons.Where(r => refused.Any(layer => r.StartsWith(layer + ":", StringComparison.Ordinal))))
                + ". Set WorkerPoolOptions.AllowDegradedIsolation (coc run --allow-degraded-isolation) to run without it; the result's isolation label then names it.");
        }
    }

    /// <summary>What the workers get here.</summary>
    public WorkerIsolation Isolation { get; }

    /// <summary>The cgroup of one new worker with the pool's limits, or null when no cgroup limit applies here.</summary>
    public WorkerCgroup? CreateCgroup()
    {
        if (Isolation.CgroupLimits.Count == 0)
        {
            return null;
        }

        return WorkerCgroup.Create(
            CgroupSupport.Current,
            Isolation.CgroupLimits.Contains("cpu-quota") ? options.CpuQuotaPercent : null,
            Isolation.CgroupLimits.Contains("memory-cgroup") ? options.EffectiveMemoryCgroupLimitBytes : null,
            Isolation.CgroupLimits.Contains("pids-limit") ? options.PidsLimit : null);
    }

    /// <summary>Removes the staged copy of the worker's files and the view's list of them, if they were made.</summary>
    public void Dispose()
    {
        stagedFiles?.Dispose();
        view?.Dispose();
    }

    /// <summary>
    /// Permissions of a worker's fresh working directory: only its owner (the host) may list or create; an
    /// unprivileged worker may only enter it. Nothing can be written there anyway (RLIMIT_FSIZE=0).
    /// </summary>
    public UnixFileMode WorkDirectoryMode => Isolation.UserId is null
        ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>The start info of one worker whose working directory (also its HOME and TMPDIR) is <paramref name="workDirectory"/>.</summary>
    public ProcessStartInfo CreateStartInfo(string workDirectory, WorkerCgroup? cgroup)
    {
        var argv = new List<string>();
        if (cgroup is not null)
        {
            // First of all, while still root: the shell moves itself into the worker's cgroup (one cgroup.procs per
            // hierarchy) and then execs the rest, so every process and thread of the worker starts inside it.
            argv.AddRange([SystemTools.Shell!, "-c", "while [ \"$1\" != -- ]; do echo $$ > \"$1\" || exit " + CgroupJoinFailed.ToString(CultureInfo.InvariantCulture) + "; shift; done; shift; exec \"$@\"", "coc-cgroup"]);
            argv.AddRange(cgroup.ProcsFiles);
            argv.Add("--");
        }

        string cpu = options.CpuSecondsLimit.ToString(CultureInfo.InvariantCulture);
        string files = options.OpenFilesLimit.ToString(CultureInfo.InvariantCulture);
        if (Isolation.ResourceLimits == "prlimit")
        {
            argv.AddRange([SystemTools.Prlimit!, "--cpu=" + cpu, "--fsize=0", "--core=0", "--nofile=" + files]);
            if (Isolation.UserId is not null)
            {
                argv.Add("--nproc=" + options.MaxProcesses.ToString(CultureInfo.InvariantCulture));
            }

            argv.Add("--");
        }
        else if (Isolation.ResourceLimits == "ulimit")
        {
            argv.AddRange([SystemTools.Shell!, "-c", "ulimit -t " + cpu + " && ulimit -f 0 && ulimit -c 0 && ulimit -n " + files + " && exec \"$@\"", "coc-worker"]);
        }

        if (unshare is not null)
        {
            argv.AddRange(unshare);
        }

        if (view is not null)
        {
            // Still root, in the worker's own mount namespace: the worker's directory becomes the root of a view
            // that holds only what the worker needs.
            argv.AddRange(view.Command(SystemTools.Shell!, workDirectory, cgroup));
        }

        if (Isolation.UserId is int uid)
        {
            // After unshare (which needs root): drop to the unprivileged user, every capability, and any way back.
            argv.AddRange([SystemTools.Setpriv!, "--reuid=" + uid.ToString(CultureInfo.InvariantCulture), "--regid=" + options.UnprivilegedGroupId.ToString(CultureInfo.InvariantCulture),
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
            argv.AddRange([SystemTools.Shell!, "-c", "\"$@\"; exit $?", "coc-init"]);
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
        info.Environment["DOTNET_GCHeapHardLimit"] = options.HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";

        // W^X double mapping grows a memfd with ftruncate, which RLIMIT_FSIZE=0 answers with SIGXFSZ.
        info.Environment["DOTNET_EnableWriteXorExecute"] = "0";

        // No diagnostic IPC socket, no debugger, no perf map files: nothing to reach the worker from outside.
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        if (options.UnsafeTestProbe)
        {
            info.Environment[WorkerEnvironment.UnsafeProbe] = "1";
        }

        // The worker's runtime sees one CPU (its cgroup's quota), on which it multiplies the tier-1 call-counting delay by 10
        // (1 s), and every distinct script's new methods restart that delay: the compiler's hot ReadyToRun code then waited
        // thousands of runs for tier 1. The worker keeps the runtime's usual 100 ms (docs/performance.md, group 4, round 7).
        info.Environment[TieringDelayMultiplier] = "1";
        foreach ((string name, string value) in options.RuntimeSettings ?? new Dictionary<string, string>())
        {
            string variable = "DOTNET_" + name;
            if (info.Environment.ContainsKey(variable) && variable != TieringDelayMultiplier)
            {
                throw new ArgumentException($"The pool sets {variable} itself.", nameof(options));
            }

            info.Environment[variable] = value;
        }

        return info;
    }

    /// <summary>The worker's file-system view, or null with the reason when it cannot be built here (Empty: nothing to show, the start fails anyway).</summary>
    private (FileSystemView? View, bool Empty) ChooseView(bool pidns, out string? problem)
    {
        problem = null;
        if (!pidns || unshare is null || SystemTools.Shell is null)
        {
            problem = "the worker's file-system view needs its own mount namespace, which comes with the PID namespace, and sh";
            return (null, false);
        }

        if (!File.Exists(dotnetPath) || !File.Exists(workerPath))
        {
            // The start fails anyway, with its own clear error.
            return (null, true);
        }

        return (FileSystemView.Create(unshare, SystemTools.Shell, dotnetPath, workerPath, out problem), false);
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

        return SystemTools.Find("dotnet") ?? throw new FileNotFoundException("The dotnet host was not found; set WorkerPoolOptions.DotnetPath.");
    }

    /// <summary>
    /// The worker beside this assembly or the application: first in <see cref="ReadyToRunFolder"/> (the package's
    /// precompiled worker with its own assemblies), then the plain worker a project reference copies.
    /// </summary>
    internal static string FindWorker(params string?[] directories)
    {
        const string name = "ChainOfCode.Worker.dll";
        foreach (string? directory in directories)
        {
            foreach (string candidate in string.IsNullOrEmpty(directory) ? [] : new[] { Path.Combine(directory, ReadyToRunFolder, name), Path.Combine(directory, name) })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("ChainOfCode.Worker.dll was not found next to the application; reference the ChainOfCode.Runtime package (it copies the worker there) or the worker project, or set WorkerPoolOptions.WorkerPath.");
    }
}
