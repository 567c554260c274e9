namespace ChainOfCode.CodeFixes.Tests;

public class InlineTaskRunFixTests
{
    [Fact]
    public Task Awaited_Task_Run_runs_inline() => Verify<InlineTaskRunFix>.Fix("""
        using System.Threading.Tasks;
        class C
        {
            static int Compute(int x) => x * 2;
            async Task<int> M(int x)
            {
                var doubled = await {|COC0007:Task.Run(() => Compute(x))|};
                return doubled;
            }
        }
        """, """
        using System.Threading.Tasks;
        class C
        {
            static int Compute(int x) => x * 2;
            async Task<int> M(int x)
            {
                var doubled = Compute(x);
                return doubled;
            }
        }
        """);

    [Fact]
    public Task Fix_all_covers_Result_StartNew_ConfigureAwait_and_void_work_and_keeps_trivia() => Verify<InlineTaskRunFix>.Fix("""
        using System;
        using System.Threading.Tasks;
        class C
        {
            static void Log() => Console.WriteLine("x");
            async Task<int> M(int a, int b)
            {
                int sum = {|COC0007:Task.Run(() => a + b)|}.Result * 2; // sum
                int product = /* start */ {|COC0007:Task.Factory|}.StartNew(() => { return a * b; }).GetAwaiter().GetResult();
                await {|COC0007:Task.Run(() => Log())|}.ConfigureAwait(false);
                return sum + product;
            }
        }
        """, """
        using System;
        using System.Threading.Tasks;
        class C
        {
            static void Log() => Console.WriteLine("x");
            async Task<int> M(int a, int b)
            {
                int sum = (a + b) * 2; // sum
                int product = /* start */ a * b;
                Log();
                return sum + product;
            }
        }
        """);

    [Fact]
    public Task Stored_or_returned_task_becomes_Task_FromResult() => Verify<InlineTaskRunFix>.Fix("""
        using System.Linq;
        using System.Threading.Tasks;
        class C
        {
            Task<int> Sum(int n) => {|COC0007:Task.Run(() => Enumerable.Range(1, n).Sum())|};
            async Task<int> M(int n)
            {
                Task<int> work = /* squares */ {|COC0007:Task.Run(() => Enumerable.Range(1, n).Sum(i => i * i))|};
                return await work + await Sum(n);
            }
        }
        """, """
        using System.Linq;
        using System.Threading.Tasks;
        class C
        {
            Task<int> Sum(int n) => Task.FromResult(Enumerable.Range(1, n).Sum());
            async Task<int> M(int n)
            {
                Task<int> work = /* squares */ Task.FromResult(Enumerable.Range(1, n).Sum(i => i * i));
                return await work + await Sum(n);
            }
        }
        """);

    [Fact]
    public Task Not_offered_when_inlining_changes_what_happens() => Verify<InlineTaskRunFix>.NoFix("""
        using System;
        using System.Threading.Tasks;
        class C
        {
            static Task<int> FetchAsync() => Task.FromResult(1);
            static Task<int> Pass(Task<int> task) => task;
            async Task<int> M(int a)
            {
                var pending = Pass({|COC0007:Task.Run(() => a + 1)|});
                var fetched = await {|COC0007:Task.Run(() => FetchAsync())|};
                var unwrapped = await {|COC0007:Task.Run(async () => await FetchAsync())|};
                try
                {
                    var stored = {|COC0007:Task.Run(() => a / 0)|};
                    return {|COC0007:Task.Run(() => a / 0)|}.Result + await stored;
                }
                catch (AggregateException)
                {
                    return await pending + fetched + unwrapped;
                }
            }
        }
        """);
}
