using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Tasks;
using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime;

/// <summary>
/// Loads an emitted script into its own collectible load context, hands it its guard, invokes its entry
/// point, waits for an awaiting script within the deadline, converts its value, and unloads.
/// </summary>
internal static class ScriptInvoker
{
    /// <summary>Loads, runs and unloads; kept out of line so no reference to the script's types outlives it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ExecutionOutcome Invoke(CompiledScript compiled, ScriptGuard guard, ChainSession? session, ScriptGlobals globals, RunOptions runOptions)
    {
        using var pe = new MemoryStream(compiled.Image!, writable: false);
        using var pdb = new MemoryStream(compiled.Symbols!, writable: false);
        var context = new ScriptLoadContext();
        try
        {
            Assembly assembly = context.LoadFromStream(pe, pdb);
            Func<object?[], Task<object>> entry = EntryPoint(assembly, compiled.ScriptClass!, guard, session);
            guard.StartMeasuring();
            try
            {
                return Await(entry([globals, null]), guard, runOptions);
            }
            catch (Exception exception)
            {
                return ExecutionFailures.Classify(exception, guard, assembly);
            }
        }
        finally
        {
            // Work the script left behind (an async lambda it never awaited, still spinning on the
            // thread pool) ends at its next checkpoint instead of running on until the deadline.
            guard.Kill("The run has ended.");
            if (compiled.UsesSerializer)
            {
                SerializerCaches.Clear();
            }

            context.Unload();
        }
    }

    /// <summary>The script class ("Script" for a compilation of one submission) and its "&lt;Factory&gt;(object[] submissionArray)", with the guard set.</summary>
    private static Func<object?[], Task<object>> EntryPoint(Assembly assembly, string scriptClass, ScriptGuard guard, ChainSession? session)
    {
        Type submission = assembly.GetType(scriptClass, throwOnError: true)!;
        submission.GetNestedType(GuardRewriter.HolderClass, BindingFlags.Public | BindingFlags.NonPublic)!
            .GetField(GuardRewriter.HolderField, BindingFlags.Public | BindingFlags.Static)!
            .SetValue(null, guard);
        if (session is not null)
        {
            submission.GetNestedType(ChainRewriter.HolderClass, BindingFlags.Public | BindingFlags.NonPublic)!
                .GetField(ChainRewriter.HolderField, BindingFlags.Public | BindingFlags.Static)!
                .SetValue(null, session);
        }

        MethodInfo factory = submission.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!;
        return factory.CreateDelegate<Func<object?[], Task<object>>>();
    }

    private static ExecutionOutcome Await(Task<object> task, ScriptGuard guard, RunOptions runOptions)
    {
        if (!task.IsCompleted)
        {
            // An awaiting script: its continuations run on the pool; wait for them within the deadline.
            try
            {
                task.Wait(runOptions.Limits.HostWait);
            }
            catch (AggregateException)
            {
            }

            if (!task.IsCompleted)
            {
                guard.Kill("The run was abandoned after its deadline.");
                return ExecutionOutcome.Failed(ScriptStatus.Timeout, "The script awaited past its deadline.");
            }
        }

        object? value = task.GetAwaiter().GetResult();
        JsonElement? json = ValueConverter.ToJson(value, runOptions.InputLimits);
        if (guard.StopReason is { } late)
        {
            return ExecutionOutcome.Failed(late.Status, late.Message);
        }

        return new ExecutionOutcome(ScriptStatus.Succeeded, json, null);
    }
}
