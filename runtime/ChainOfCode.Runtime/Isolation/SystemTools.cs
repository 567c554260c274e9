using System;
using System.IO;
using System.Threading;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>The system programs the worker's launch chain uses, found once per process in the system's own directories (never the PATH of the host).</summary>
internal static class SystemTools
{
    private static readonly Lazy<string?> LazyPrlimit = new(() => Find("prlimit"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string?> LazyShell = new(() => Find("sh"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string?> LazySetpriv = new(() => Find("setpriv"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string?> LazyUnshare = new(() => OperatingSystem.IsLinux() ? Find("unshare") : null, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary><c>prlimit</c> (util-linux), or null.</summary>
    public static string? Prlimit => LazyPrlimit.Value;

    /// <summary><c>sh</c>, or null.</summary>
    public static string? Shell => LazyShell.Value;

    /// <summary><c>setpriv</c> (util-linux), or null.</summary>
    public static string? Setpriv => LazySetpriv.Value;

    /// <summary><c>unshare</c> (util-linux, Linux only), or null.</summary>
    public static string? Unshare => LazyUnshare.Value;

    /// <summary>The path of <paramref name="name"/> in the system directories, or null.</summary>
    public static string? Find(string name)
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
}
