using System.Diagnostics;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The host's deadline of in-process runs (<see cref="RunWatchdog"/>): its thread is woken only for a run due before it
/// next looks at its queue, so every run must still be abandoned at its own deadline, whether it is due before or after
/// the runs already watched.
/// </summary>
public sealed class RunWatchdogTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_run_due_before_the_run_in_flight_is_abandoned_at_its_own_deadline()
    {
        ScriptRun later = NewRun();
        ScriptRun sooner = NewRun();
        try
        {
            RunWatchdog.Watch(later, In(TimeSpan.FromHours(1)));
            RunWatchdog.Watch(sooner, In(TimeSpan.FromMilliseconds(50)));

            Assert.Same(sooner.HostDeadline.Task, await Task.WhenAny(sooner.HostDeadline.Task, Task.Delay(Bound)));
            Assert.False(later.HostDeadline.Task.IsCompleted);
        }
        finally
        {
            RunWatchdog.Forget(later);
            RunWatchdog.Forget(sooner);
        }
    }

    [Fact]
    public async Task A_run_due_after_a_run_that_ended_is_abandoned_at_its_own_deadline()
    {
        ScriptRun ended = NewRun();
        ScriptRun next = NewRun();
        try
        {
            RunWatchdog.Watch(ended, In(TimeSpan.FromMilliseconds(50)));
            RunWatchdog.Forget(ended);
            RunWatchdog.Watch(next, In(TimeSpan.FromMilliseconds(100)));

            Assert.Same(next.HostDeadline.Task, await Task.WhenAny(next.HostDeadline.Task, Task.Delay(Bound)));
            Assert.False(ended.HostDeadline.Task.IsCompleted);
        }
        finally
        {
            RunWatchdog.Forget(next);
        }
    }

    private static long In(TimeSpan time) => Stopwatch.GetTimestamp() + (long)(time.TotalSeconds * Stopwatch.Frequency);

    private static ScriptRun NewRun() => new(0, "return 1;", RunOptions.Default, new ScriptGlobals(), null, CancellationToken.None);
}
