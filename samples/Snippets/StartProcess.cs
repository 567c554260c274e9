using System;
using System.Diagnostics;

namespace Snippets;

/// <summary>COC0002: shelling out to count files, and ending the host process on failure.</summary>
public static class StartProcess
{
    public static string ListFiles()
    {
        using Process process = Process.Start(new ProcessStartInfo("ls", "-la") { RedirectStandardOutput = true })!;
        return process.StandardOutput.ReadToEnd();
    }

    public static void Fail(string reason)
    {
        Console.WriteLine(reason);
        Environment.Exit(1);
    }
}
