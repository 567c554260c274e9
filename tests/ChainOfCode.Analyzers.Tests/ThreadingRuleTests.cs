namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0007: threads, timers and background work.</summary>
public class ThreadingRuleTests
{
    [Fact]
    public Task Threads_pool_tasks_parallel_timers() => Verify.Analyzer("""
        using System;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        class C
        {
            async Task M(int[] xs)
            {
                {|COC0007:new Thread(() => { })|};
                {|COC0007:ThreadPool.QueueUserWorkItem(_ => { })|};
                {|COC0007:Task.Run(() => 1)|};
                {|COC0007:Task.Factory|}.ToString();
                {|COC0007:Parallel.For(0, 10, i => { })|};
                {|COC0007:xs.AsParallel()|};
                {|COC0007:new Timer(_ => { })|};
                {|COC0007:new System.Timers.Timer()|};
                {|COC0007:Thread.Sleep(10)|};
                await {|COC0007:Task.Delay(10)|};
                await Task.FromResult(1);
                await Task.WhenAll(Task.CompletedTask);
            }
        }
        """);

    // Each of these runs the script's code on the thread pool without naming a thread: a stream's callback, a forced
    // yield, a cancellation's callbacks, a continuation scheduled by hand or by a value-task source. There, an exception
    // or a deep recursion in library code (a pool thread's small stack) ended the host under a denylist policy.
    [Fact]
    public Task Continuations_sent_to_the_thread_pool() => Verify.Analyzer("""
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using System.Threading.Tasks.Sources;
        class C
        {
            async Task M(Stream s, CancellationTokenSource cts, Task<int> t)
            {
                {|COC0007:s.BeginRead(new byte[1], 0, 1, _ => { }, null)|};
                {|COC0007:s.BeginWrite(new byte[1], 0, 1, _ => { }, null)|};
                var forced = {|COC0007:ConfigureAwaitOptions.ForceYielding|};
                await {|COC0007:Task.CompletedTask.ConfigureAwait(forced)|};
                await {|COC0007:t.ConfigureAwait(forced)|};
                await {|COC0007:cts.CancelAsync()|};
                {|COC0007:Task.CompletedTask.ConfigureAwait(false).GetAwaiter().OnCompleted(() => { })|};
                {|COC0007:t.GetAwaiter().UnsafeOnCompleted(() => { })|};
                {|COC0007:Task.Yield().GetAwaiter().OnCompleted(() => { })|};
                var core = {|COC0007:new ManualResetValueTaskSourceCore<int>()|};
                await Task.CompletedTask.ConfigureAwait(false);
                t.GetAwaiter().GetResult();
            }
        }
        """);
}

/// <summary>COC0007: a lock an iterator holds across a <c>yield return</c>, past the call that took it.</summary>
public class LockAcrossYieldRouteTests
{
    [Fact]
    public Task A_yield_return_inside_a_lock_is_the_monitor_it_holds() => Verify.Analyzer("""
        using System;
        using System.Collections.Generic;
        class C
        {
            readonly object gate = new object();

            IEnumerable<int> Held(string shared)
            {
                lock (shared)
                {
                    {|COC0007:yield return 1;|}
                    if (shared.Length > 0) { {|COC0007:yield return 2;|} }
                    yield break;
                }
            }

            IEnumerable<int> Released()
            {
                lock (gate) { }
                yield return 1;
                lock (gate)
                {
                    IEnumerable<int> Inner() { yield return 3; }
                    Func<int> f = () => 4;
                }
            }
        }
        """);
}

/// <summary>COC0007: work that escapes the script's own thread and its guards.</summary>
public class BackgroundWorkRouteTests
{
    [Fact]
    public Task Finalizers_continuations_blocking_waits_and_timers() => Verify.Analyzer("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        class C
        {
            ~{|COC0007:C|}() { }

            void M(Task t)
            {
                {|COC0007:t.ContinueWith(_ => { })|};
                {|COC0007:new TaskCompletionSource<int>()|};
                {|COC0007:Monitor.Wait(this)|};
                {|COC0007:new ManualResetEvent(false)|};
                {|COC0007:SpinWait.SpinUntil(() => false)|};
                {|COC0007:new CancellationTokenSource(TimeSpan.FromSeconds(1))|};
                new CancellationTokenSource().Cancel();
                {|COC0007:t.WaitAsync(TimeSpan.FromSeconds(1))|};
                {|COC0007:Task.FromResult(1).WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None)|};
                t.WaitAsync(CancellationToken.None);
                lock (this) { }
            }
        }
        """);
}
