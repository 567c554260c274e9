using System;
using System.Diagnostics;
using System.Reflection;

namespace ChainOfCode.Runtime;

/// <summary>A script's exception as the caller sees it: "Type: message (line N)", the line read from the script's own PDB.</summary>
internal static class ScriptErrorDescription
{
    public static string Describe(Exception exception, Assembly script)
    {
        if (exception is TypeInitializationException { InnerException: { } inner })
        {
            exception = inner;
        }

        int line = 0;
        try
        {
            foreach (StackFrame frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
            {
                if (frame.GetMethod()?.Module.Assembly == script && frame.GetFileLineNumber() > 0)
                {
                    line = frame.GetFileLineNumber();
                    break;
                }
            }
        }
        catch (Exception frameError) when (frameError is not OutOfMemoryException)
        {
            line = 0;
        }

        return exception.GetType().Name + ": " + exception.Message + (line > 0 ? $" (line {line})" : string.Empty);
    }
}
