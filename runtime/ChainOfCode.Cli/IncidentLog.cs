using System;
using System.IO;
using System.Text;
using ChainOfCode.Runtime;

namespace ChainOfCode.Cli;

/// <summary>The <c>--log FILE</c> incident log: the run's security events appended as JSON lines; an unwritable file is a usage problem.</summary>
internal sealed class IncidentLog : IDisposable
{
    private readonly StreamWriter writer;

    private IncidentLog(StreamWriter writer)
    {
        this.writer = writer;
        Sink = new JsonLinesSecurityEventSink(writer);
    }

    public JsonLinesSecurityEventSink Sink { get; }

    public static IncidentLog Open(string path)
    {
        try
        {
            var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            return new IncidentLog(new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"log file '{path}' cannot be written: {CocApp.OneLine(e.Message)}");
        }
    }

    public void Dispose() => writer.Dispose();
}
