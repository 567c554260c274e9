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

    /// <summary>As <see cref="TextWriter.Write(object)"/>; a value that may hide a JSON node or a big integer through the run's guard (<see cref="ScriptGuard.Hole{T}"/>).</summary>
    public override void Write(object? value) => base.Write(Hole(value));

    /// <summary>As <see cref="TextWriter.WriteLine(object)"/>, through the run's guard.</summary>
    public override void WriteLine(object? value) => base.WriteLine(Hole(value));

    /// <inheritdoc />
    public override void Write(string format, object? arg0) => base.Write(format, Hole(arg0));

    /// <inheritdoc />
    public override void Write(string format, object? arg0, object? arg1) => base.Write(format, Hole(arg0), Hole(arg1));

    /// <inheritdoc />
    public override void Write(string format, object? arg0, object? arg1, object? arg2) => base.Write(format, Hole(arg0), Hole(arg1), Hole(arg2));

    /// <inheritdoc />
    public override void Write(string format, params object?[] arg) => base.Write(format, guard is null ? arg : guard.Holes(arg)!);

    /// <inheritdoc />
    public override void Write(string format, params ReadOnlySpan<object?> arg) => base.Write(format, guard is null ? arg : guard.Holes(arg.ToArray())!);

    /// <inheritdoc />
    public override void WriteLine(string format, params ReadOnlySpan<object?> arg) => base.WriteLine(format, guard is null ? arg : guard.Holes(arg.ToArray())!);

    /// <inheritdoc />
    public override void WriteLine(string format, object? arg0) => base.WriteLine(format, Hole(arg0));

    /// <inheritdoc />
    public override void WriteLine(string format, object? arg0, object? arg1) => base.WriteLine(format, Hole(arg0), Hole(arg1));

    /// <inheritdoc />
    public override void WriteLine(string format, object? arg0, object? arg1, object? arg2) => base.WriteLine(format, Hole(arg0), Hole(arg1), Hole(arg2));

    /// <inheritdoc />
    public override void WriteLine(string format, params object?[] arg) => base.WriteLine(format, guard is null ? arg : guard.Holes(arg)!);

    /// <summary>True once a write went past the cap.</summary>
    public bool Overflowed { get; private set; }

    internal int Length => buffer.Length;

    internal void Attach(ScriptGuard owner) => guard = owner;

    private object? Hole(object? value) => guard is null ? value : guard.Hole(value);

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
