using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ChainOfCode.Cli.Tests;

/// <summary>
/// coc as a real process (dotnet coc.dll from the test's output folder): for what only a process shows — signals,
/// and compiler work a test must not leave running in the test host (an abandoned compile dies with the process).
/// </summary>
internal sealed class CocProcess : IDisposable
{
    private readonly Process process;

    private CocProcess(Process process)
    {
        this.process = process;
        Out = process.StandardOutput.ReadToEndAsync();
        Error = process.StandardError.ReadToEndAsync();
    }

    public Task<string> Out { get; }

    public Task<string> Error { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public TimeSpan CpuTime => process.TotalProcessorTime;

    public static CocProcess Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "coc.dll"));
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return new CocProcess(Process.Start(info)!);
    }

    /// <summary>Waits (bounded) for the end; false when it still runs.</summary>
    public bool WaitForExit(TimeSpan timeout) => process.WaitForExit(timeout);

    /// <summary>Sends a signal (kill(2)); 0 when it was sent.</summary>
    public int Signal(int signal) => Kill(process.Id, signal);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
