using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ChainOfCode.Worker;

/// <summary>
/// Takes the protocol channel away from the standard streams before anything else runs: on Linux and
/// macOS file descriptors 0 and 1 are duplicated for the protocol and then pointed at /dev/null, so even
/// code that reopens the raw standard output (Console.OpenStandardOutput) writes into nothing.
/// </summary>
internal static class ProtocolChannel
{
    private const int StdIn = 0;
    private const int StdOut = 1;

    /// <summary>The request stream (host to worker) and the response stream (worker to host).</summary>
    public static (Stream Requests, Stream Responses) Capture()
    {
        if (OperatingSystem.IsWindows())
        {
            return (Console.OpenStandardInput(), Console.OpenStandardOutput());
        }

        int requests = Dup(StdIn);
        int responses = Dup(StdOut);
        if (requests < 0 || responses < 0)
        {
            return (Console.OpenStandardInput(), Console.OpenStandardOutput());
        }

        using (SafeFileHandle devNull = File.OpenHandle("/dev/null", FileMode.Open, FileAccess.ReadWrite))
        {
            int nullFd = (int)devNull.DangerousGetHandle();
            if (Dup2(nullFd, StdIn) < 0 || Dup2(nullFd, StdOut) < 0)
            {
                throw new IOException("The standard streams could not be detached from the protocol channel.");
            }
        }

        return (
            new FileStream(new SafeFileHandle(requests, ownsHandle: true), FileAccess.Read, bufferSize: 0),
            new FileStream(new SafeFileHandle(responses, ownsHandle: true), FileAccess.Write, bufferSize: 0));
    }

    // Plain DllImport of two int-only libc calls: no marshalling, no unsafe code.
    [DllImport("libc", EntryPoint = "dup", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Dup(int fd);

    [DllImport("libc", EntryPoint = "dup2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Dup2(int oldFd, int newFd);
}
