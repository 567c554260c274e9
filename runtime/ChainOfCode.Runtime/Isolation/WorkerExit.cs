using System;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>Maps how a worker process died (exit code, last stderr lines) to a status and a plain message.</summary>
internal static class WorkerExit
{
    private const int SignalBase = 128;
    private const int SigAbort = 6;
    private const int SigKill = 9;
    private const int SigSegv = 11;
    private const int SigBus = 7;
    private const int SigXCpu = 24;
    private const int SigXFsz = 25;

    public static (ScriptStatus Status, string Message) Classify(int exitCode, string stderr, bool cgroupOutOfMemory = false)
    {
        if (cgroupOutOfMemory)
        {
            return (ScriptStatus.MemoryLimit, "The worker went past its memory cgroup limit (native memory included) and was killed by the operating system.");
        }

        if (exitCode == WorkerLauncher.CgroupJoinFailed && Contains(stderr, "cgroup"))
        {
            return (ScriptStatus.Crashed, "The worker could not join its cgroup.");
        }

        if (Contains(stderr, "OutOfMemory") || Contains(stderr, "out of memory") || Contains(stderr, "GCHeapHardLimit"))
        {
            return (ScriptStatus.MemoryLimit, "The worker ran out of memory (heap hard limit) and died.");
        }

        if (Contains(stderr, "Stack overflow"))
        {
            return (ScriptStatus.Crashed, "The worker died of a stack overflow.");
        }

        return (exitCode - SignalBase) switch
        {
            SigXCpu => (ScriptStatus.Timeout, "The worker used up its CPU-time limit and was stopped by the operating system."),
            SigXFsz => (ScriptStatus.Crashed, "The worker tried to write a file (file-size limit 0) and was stopped by the operating system."),
            SigKill => (ScriptStatus.Crashed, "The worker was killed (signal 9)."),
            SigSegv or SigBus => (ScriptStatus.Crashed, "The worker crashed (native fault)."),
            SigAbort => (ScriptStatus.Crashed, "The worker aborted (fail-fast or runtime abort)."),
            _ => exitCode < 0
                ? (ScriptStatus.Crashed, "The worker died.")
                : (ScriptStatus.Crashed, "The worker exited unexpectedly with code " + exitCode + "."),
        };
    }

    private static bool Contains(string text, string value) => text.Contains(value, StringComparison.OrdinalIgnoreCase);
}
