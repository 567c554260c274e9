using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime;

/// <summary>
/// A run's console: Console.Write/WriteLine calls, and Console.Out and Console.Error, are rewritten to this writer
/// (Console.SetOut is process-wide and runs are concurrent). Keeps output up to the cap, then stops the run.
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

    // The asynchronous writes write at once, on the calling thread, as StringWriter's do: TextWriter's own run the
    // write on the thread pool (Task.Factory.StartNew), where no script code and no write of a run may go.

    /// <inheritdoc />
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(StringBuilder? value, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(char value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(char[] buffer, int index, int count)
    {
        WriteLine(buffer, index, count);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WriteLine(buffer.Span);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(StringBuilder? value, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WriteLine(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync()
    {
        WriteLine();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task FlushAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;

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
