using System.Threading;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime;

/// <summary>
/// A script that blocks on a task (<c>task.Result</c>, <c>task.Wait()</c>, as a sync <c>Main</c> calling an async method
/// does): the task's continuations are posted to the run's own thread, which is the thread blocked on it, so the wait
/// would never end (the run was abandoned at its deadline, its thread blocked for good). The rewrite passes the task
/// through <see cref="Completed(Task)"/> first, which runs the run's posted continuations on this thread until the
/// task completes, as a UI thread's message loop does; at the deadline or a kill it ends the run's wait with the
/// run's stop. Off the run's thread (a policy that lets a script start threads) the task is returned as it is.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>Runs the run's continuations until <paramref name="task"/> completes; returns it.</summary>
    public Task Completed(Task task)
    {
        RunUntilCompleted(task);
        return task;
    }

    /// <summary>Runs the run's continuations until <paramref name="task"/> completes; returns it.</summary>
    public Task<T> Completed<T>(Task<T> task)
    {
        RunUntilCompleted(task);
        return task;
    }

    private void RunUntilCompleted(Task task)
    {
        Checkpoint();
        if (task.IsCompleted || SynchronizationContext.Current is not ScriptSynchronizationContext continuations)
        {
            return;
        }

        if (!continuations.RunUntil(task, () => Deadline))
        {
            // The deadline passed or the run was killed: the full check throws the run's stop.
            CheckpointAfterWait();
            const string message = "The script ran past its deadline.";
            Stop(ScriptStatus.Timeout, message);
            throw new GuardStopException(ScriptStatus.Timeout, message);
        }
    }
}
