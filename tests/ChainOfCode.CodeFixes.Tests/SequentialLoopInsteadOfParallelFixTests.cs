namespace ChainOfCode.CodeFixes.Tests;

public class SequentialLoopInsteadOfParallelFixTests
{
    [Fact]
    public Task Parallel_For_becomes_a_for_loop() => Verify<SequentialLoopInsteadOfParallelFix>.Fix("""
        using System;
        using System.Threading.Tasks;
        class C
        {
            void M(int[] squares)
            {
                // fill the table
                {|COC0007:Parallel.For(0, squares.Length, i =>
                {
                    squares[i] = i * i;
                })|}; // done
            }
        }
        """, """
        using System;
        using System.Threading.Tasks;
        class C
        {
            void M(int[] squares)
            {
                // fill the table
                for (int i = 0; i < squares.Length; i++)
                {
                    squares[i] = i * i;
                } // done
            }
        }
        """);

    [Fact]
    public Task Fix_all_converts_ForEach_and_expression_bodies() => Verify<SequentialLoopInsteadOfParallelFix>.Fix("""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        class C
        {
            void M(List<string> names, long count)
            {
                {|COC0007:Parallel.ForEach(names, name => { Console.WriteLine(name); })|};
                {|COC0007:Parallel.For(0L, count, n => Console.WriteLine(n))|};
            }
        }
        """, """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        class C
        {
            void M(List<string> names, long count)
            {
                foreach (var name in names) { Console.WriteLine(name); }
                for (long n = 0L; n < count; n++)
                {
                    Console.WriteLine(n);
                }
            }
        }
        """);

    [Fact]
    public Task Not_offered_when_the_body_is_not_simple() => Verify<SequentialLoopInsteadOfParallelFix>.NoFix("""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        class C
        {
            void M(List<int> items, int n)
            {
                var actions = new List<Action>();
                {|COC0007:Parallel.For(0, n, i => actions.Add(() => Console.WriteLine(i)))|};
                {|COC0007:Parallel.For(0, items.Count, i => items.Add(i))|};
                {|COC0007:Parallel.For(0, n, i => { if (i > 2) return; Console.WriteLine(i); })|};
                {|COC0007:Parallel.For(0, n, (i, state) => state.Stop())|};
                var result = {|COC0007:Parallel.ForEach(items, x => Console.WriteLine(x))|};
            }
        }
        """);
}
