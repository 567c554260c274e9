using System.Collections.Generic;
using System.Diagnostics;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>The last lines a worker wrote to stderr (each cut to 400 characters): what tells a crash from an out-of-memory.</summary>
internal sealed class StderrTail
{
    private const int LinesKept = 40;
    private const int LineLength = 400;

    private readonly Queue<string> lines = new();
    private readonly object sync = new();

    /// <summary>Starts collecting the process's stderr.</summary>
    public void Attach(Process process)
    {
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (sync)
            {
                lines.Enqueue(e.Data.Length > LineLength ? e.Data[..LineLength] : e.Data);
                while (lines.Count > LinesKept)
                {
                    lines.Dequeue();
                }
            }
        };
        process.BeginErrorReadLine();
    }

    public override string ToString()
    {
        lock (sync)
        {
            return string.Join("\n", lines);
        }
    }
}
