using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime;

/// <summary>
/// Loads an emitted script into its own collectible load context, hands it its guard, invokes its entry
/// point on the run's thread under the run's synchronization context (an awaiting script's continuations come
/// back to this thread), converts its value under the guard, checks the budget once more, and unloads.
/// </summary>
internal static class ScriptInvoker
{
    /// <summary>Loads, runs and unloads; kept out of line so no reference to the script's types outlives it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ExecutionOutcome Invoke(CompiledScript compiled, ScriptGuard guard, ChainSession? session, ScriptRun run)
    {
        using var pe = new MemoryStream(compiled.Image!, writable: false);
        using MemoryStream? pdb = compiled.Symbols is null ? null : new MemoryStream(compiled.Symbols, writable: false);
        var context = new ScriptLoadContext();
        var continuations = new ScriptSynchronizationContext();
        SynchronizationContext? previous = SynchronizationContext.Current;
        run.Continuations = continuations;
        try
        {
            Assembly assembly = context.LoadFromStream(pe, pdb);
            Func<object?[], Task<object>> entry = EntryPoint(assembly, compiled.ScriptClass!, guard, session);
            SynchronizationContext.SetSynchronizationContext(continuations);
            guard.StartMeasuring();
            try
            {
                return Complete(entry([run.Globals, null]), guard, continuations, run.Options);
            }
            catch (Exception exception)
            {
                return ExecutionFailures.Classify(exception, guard, assembly, compiled.Lines);
            }
        }
        finally
        {
            // Work the script left behind (an async lambda it never awaited) never runs: its continuations are
            // dropped, and whatever is still running elsewhere ends at its next checkpoint.
            continuations.Close();
            SynchronizationContext.SetSynchronizationContext(previous);
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
        submission.GetField(GuardRewriter.HolderField, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.SetValue(null, guard);
        if (session is not null)
        {
            submission.GetNestedType(ChainRewriter.HolderClass, BindingFlags.Public | BindingFlags.NonPublic)!
                .GetField(ChainRewriter.HolderField, BindingFlags.Public | BindingFlags.Static)!
                .SetValue(null, session);
        }

        MethodInfo factory = submission.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!;
        return factory.CreateDelegate<Func<object?[], Task<object>>>();
    }

    private static ExecutionOutcome Complete(Task<object> task, ScriptGuard guard, ScriptSynchronizationContext continuations, RunOptions runOptions)
    {
        // An awaiting script: its continuations come back to this thread; run them until it completes, its deadline
        // passes or it is killed (the checkpoint then throws the stop that says which).
        if (!task.IsCompleted && !continuations.RunUntil(task, () => guard.Deadline))
        {
            guard.Checkpoint();
            guard.Kill("The run was abandoned after its deadline.");
            return ExecutionOutcome.Failed(ScriptStatus.Timeout, "The script awaited past its deadline.");
        }

        object? value = task.GetAwaiter().GetResult();
        JsonElement? json = ValueConverter.ToJson(value, runOptions.InputLimits, guard);
        guard.CheckBudget();
        if (guard.StopReason is { } late)
        {
            return ExecutionOutcome.Failed(late.Status, late.Message);
        }

        return new ExecutionOutcome(ScriptStatus.Succeeded, json, null);
    }
}
