namespace ChainOfCode.CodeFixes.Tests;

public class ReturnInsteadOfExitFixTests
{
    [Fact]
    public Task Exit_in_int_Main_returns_the_code() => Verify<ReturnInsteadOfExitFix>.Fix("""
        using System;
        class Program
        {
            static int Main(string[] args)
            {
                foreach (var arg in args)
                {
                    if (arg == "--quit") {|COC0002:Environment.Exit(0)|};
                }
                if (args.Length == 0)
                {
                    // nothing to do
                    {|COC0002:Environment.Exit(2)|}; // usage error
                }
                Console.WriteLine(args[0]);
                return 0;
            }
        }
        """, """
        using System;
        class Program
        {
            static int Main(string[] args)
            {
                foreach (var arg in args)
                {
                    if (arg == "--quit") return 0;
                }
                if (args.Length == 0)
                {
                    // nothing to do
                    return 2; // usage error
                }
                Console.WriteLine(args[0]);
                return 0;
            }
        }
        """);

    [Fact]
    public Task Exit_zero_in_void_Main_returns() => Verify<ReturnInsteadOfExitFix>.Fix("""
        using System;
        class Program
        {
            static void Main(string[] args)
            {
                if (args.Length == 0) {|COC0002:Environment.Exit(0)|};
                Console.WriteLine(args[0]);
            }
        }
        """, """
        using System;
        class Program
        {
            static void Main(string[] args)
            {
                if (args.Length == 0) return;
                Console.WriteLine(args[0]);
            }
        }
        """);

    [Fact]
    public Task Fix_all_in_top_level_statements() => Verify<ReturnInsteadOfExitFix>.FixProgram("""
        using System;
        var n = 3;
        if (n > 2)
        {
            {|COC0002:Environment.Exit(n)|};
        }
        {|COC0002:Environment.Exit(1)|};
        """, """
        using System;
        var n = 3;
        if (n > 2)
        {
            return n;
        }
        return 1;
        """);

    [Fact]
    public Task Script_top_level_returns_the_code_as_its_result() => Verify<ReturnInsteadOfExitFix>.FixScript("""
        using System;
        var n = 3;
        if (n > 2)
        {
            {|COC0002:Environment.Exit(n)|}; // too many
        }
        {|COC0002:Environment.Exit(0)|};
        """, """
        using System;
        var n = 3;
        if (n > 2)
        {
            return n; // too many
        }
        return 0;
        """);

    [Fact]
    public Task Not_offered_in_void_Main_with_a_non_zero_code() => Verify<ReturnInsteadOfExitFix>.NoFix("""
        using System;
        class Program
        {
            static void Main() => {|COC0002:Environment.Exit(3)|};
            static void Other() { {|COC0002:Environment.Exit(0)|}; }
        }
        """);

    [Fact]
    public Task Not_offered_inside_try_or_a_lambda() => Verify<ReturnInsteadOfExitFix>.NoFixInProgram("""
        using System;
        try
        {
            {|COC0002:Environment.Exit(1)|};
        }
        finally
        {
            Console.WriteLine("cleanup");
        }
        Action quit = () => {|COC0002:Environment.Exit(1)|};
        quit();
        foreach (var n in Numbers())
        {
            if (n > 1) {|COC0002:Environment.Exit(n)|};
        }

        static System.Collections.Generic.IEnumerable<int> Numbers()
        {
            try { yield return 1; yield return 2; }
            finally { Console.WriteLine("iterator cleanup"); }
        }
        """);
}
