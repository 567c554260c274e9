using System;
using System.IO;
using System.Text;

namespace ChainOfCode.Runtime;

/// <summary>
/// A run's console: Console.Write/WriteLine calls are rewritten to this writer (Console.SetOut is
/// process-wide and runs are concurrent). Keeps output up to the cap, then stops the run.
/// </summary>
public sealed class BoundedWriter : TextWriter
{
    private readonly StringBuilder buffer = new();
    private readonly int cap;
    private ScriptGuard? guard;

    internal BoundedWriter(int cap)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        this.cap = cap;
        CoreNewLine = ['\n'];
    }

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>As <see cref="TextWriter.Write(object)"/>; a JSON node's text through the run's budget (<see cref="GuardedJson.NodeText"/>).</summary>
    public override void Write(object? value) => base.Write(guard is not null && value is System.Text.Json.Nodes.JsonNode node ? guard.Json.NodeText(node) : value);

    /// <summary>As <see cref="TextWriter.WriteLine(object)"/>; a JSON node's text through the run's budget (<see cref="GuardedJson.NodeText"/>).</summary>
    public override void WriteLine(object? value) => base.WriteLine(guard is not null && value is System.Text.Json.Nodes.JsonNode node ? guard.Json.NodeText(node) : value);

    /// <summary>True once a write went past the cap.</summary>
    public bool Overflowed { get; private set; }

    internal int Length => buffer.Length;

    internal void Attach(ScriptGuard owner) => guard = owner;

    /// <inheritdoc />
    public override void Write(char value) => Append([value]);

    /// <inheritdoc />
    public override void Write(string? value) => Append(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Append(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer) => Append(buffer);

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Append(value.AsSpan());
        Append(CoreNewLine);
    }

    /// <inheritdoc />
    public override string ToString() => buffer.ToString();

    private void Append(ReadOnlySpan<char> text)
    {
        guard?.Checkpoint();
        int room = cap - buffer.Length;
        if (text.Length <= room)
        {
            buffer.Append(text);
            return;
        }

        buffer.Append(text[..Math.Max(room, 0)]);
        Overflowed = true;
        guard?.Stop(ScriptStatus.OutputLimit, $"The script wrote more than {cap} characters of output.");
        throw new GuardStopException(ScriptStatus.OutputLimit, $"The script wrote more than {cap} characters of output.");
    }
}
