namespace ChainOfCode.CodeFixes.Tests;

public class RemoveDelayFixTests
{
    [Fact]
    public Task Thread_Sleep_statement_is_removed() => Verify<RemoveDelayFix>.Fix("""
        using System;
        using System.Threading;
        class C
        {
            void M()
            {
                Console.WriteLine("a");
                {|COC0007:Thread.Sleep(100)|};
                Console.WriteLine("b");
            }
        }
        """, """
        using System;
        using System.Threading;
        class C
        {
            void M()
            {
                Console.WriteLine("a");
                Console.WriteLine("b");
            }
        }
        """);

    [Fact]
    public Task Fix_all_removes_sleeps_and_awaited_delays_and_keeps_comments() => Verify<RemoveDelayFix>.FixProgram("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        var wait = 5;
        Console.WriteLine("a");

        // give the server a moment
        await {|COC0007:Task.Delay(TimeSpan.FromSeconds(wait))|};
        await {|COC0007:Task.Delay(10)|}.ConfigureAwait(false);
        {|COC0007:Thread.Sleep(wait * 10)|}; // and more
        Console.WriteLine("b");
        """, """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        var wait = 5;
        Console.WriteLine("a");

        // give the server a moment
        Console.WriteLine("b");
        """);

    [Fact]
    public Task Script_top_level_sleep_is_removed() => Verify<RemoveDelayFix>.FixScript("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        Console.WriteLine("a");
        {|COC0007:Thread.Sleep(500)|};
        await {|COC0007:Task.Delay(500)|};
        Console.WriteLine("b");
        """, """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        Console.WriteLine("a");
        Console.WriteLine("b");
        """);

    [Fact]
    public Task Not_offered_when_the_delay_matters() => Verify<RemoveDelayFix>.NoFix("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        class C
        {
            int Compute() => 1;
            async Task M(bool b, CancellationToken token)
            {
                if (b) {|COC0007:Thread.Sleep(1)|};
                {|COC0007:Thread.Sleep(Compute())|};
                {|COC0007:Thread.Sleep(-1)|};
                await {|COC0007:Task.Delay(10, token)|};
                Task pending = {|COC0007:Task.Delay(10)|};
                await pending;
            }
        }
        """);
}
