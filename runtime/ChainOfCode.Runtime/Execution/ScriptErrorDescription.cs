using System;
using System.Diagnostics;
using System.Reflection;

namespace ChainOfCode.Runtime;

/// <summary>
/// A script's exception as the caller sees it: "Type: message (line N)", the line read from the script's own PDB
/// (loaded with it, or compiled when first needed: <see cref="ScriptLines"/>).
/// An exception's members are script code when its type is the script's (or wraps the script's, as an
/// AggregateException reads its inner messages): the message is read through the guard, under a budget of its own.
/// </summary>
internal static class ScriptErrorDescription
{
    /// <summary>What the error says when the script's exception would not give its message.</summary>
    public const string Unavailable = "(the exception's message could not be read)";

    // How many AggregateExceptions, each the first inner exception of the one before, are followed to the error they wrap.
    private const int MaxAggregateDepth = 100;

    /// <remarks><paramref name="lines"/>: for a script loaded without its PDB, the line of a frame from its method token and IL offset.</remarks>
    public static string Describe(Exception exception, Assembly script, ScriptGuard guard, ScriptLines? lines = null)
    {
        if (exception is TypeInitializationException { InnerException: { } inner })
        {
            exception = inner;
        }

        int line = 0;
        try
        {
            // Reads the runtime's own record of the frames, not the (overridable) StackTrace property.
            foreach (StackFrame frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
            {
                if (frame.GetMethod() is not { } method || method.Module.Assembly != script)
                {
                    continue;
                }

                line = frame.GetFileLineNumber();
                if (line <= 0 && lines is not null)
                {
                    line = lines.LineOf(method.MetadataToken, frame.GetILOffset());
                }

                if (line > 0)
                {
                    break;
                }
            }
        }
        catch (Exception frameError) when (frameError is not OutOfMemoryException)
        {
            line = 0;
        }

        return TypeAndMessage(exception, e => guard.Read(() => e.Message)) + (line > 0 ? $" (line {line})" : string.Empty);
    }

    /// <summary>
    /// "Type: message", the message read by <paramref name="read"/> from the exception <see cref="MessageSource"/> picks
    /// (an aggregate's first error is named after the aggregate: "AggregateException: InvalidOperationException: boom").
    /// </summary>
    public static string TypeAndMessage(Exception exception, Func<Exception, string?> read)
    {
        Exception? source = MessageSource(exception);
        string message = (source is null ? null : read(source)) ?? Unavailable;
        string wrapped = source is null || ReferenceEquals(source, exception) ? string.Empty : source.GetType().Name + ": ";
        return exception.GetType().Name + ": " + wrapped + message;
    }

    /// <summary>
    /// The exception whose message describes the error, or null when no message may be read. The host's read is bounded
    /// by checkpoints, which only the script's own code passes, so a message the library builds from what the script
    /// handed it is not read: an AggregateException's Message concatenates every inner exception's message, recursively
    /// (26 levels of two references to one exception, or one message of a million characters 5,000 times, made one read
    /// build gigabytes past the run's deadline: 3.8 and 5.4 GB, its thread abandoned), so its error names the first error
    /// it wraps instead; an ArgumentOutOfRangeException's Message prints its ActualValue, whose library ToString (a shared
    /// tuple, an anonymous object, an exception) can be as large, so its message is read only when that value is a
    /// framework number, string, enum or date.
    /// </summary>
    private static Exception? MessageSource(Exception exception)
    {
        for (int depth = 0; exception is AggregateException { InnerExceptions.Count: > 0 } aggregate; depth++)
        {
            if (depth == MaxAggregateDepth)
            {
                return null;
            }

            exception = aggregate.InnerExceptions[0];
        }

        return exception is ArgumentOutOfRangeException { ActualValue: { } value }
            && !(value is IConvertible && !value.GetType().Assembly.IsCollectible)
            ? null
            : exception;
    }

    /// <summary>
    /// The type, and the message when no script code can run to produce it, of an exception that reached the
    /// host outside any guard.
    /// </summary>
    public static string HostMessage(Exception exception)
    {
        Type type = exception.GetType();
        if (type.Assembly.IsCollectible || exception is AggregateException || exception.InnerException is not null)
        {
            return type.Name;
        }

        try
        {
            return type.Name + ": " + exception.Message;
        }
        catch (Exception)
        {
            return type.Name;
        }
    }
}
