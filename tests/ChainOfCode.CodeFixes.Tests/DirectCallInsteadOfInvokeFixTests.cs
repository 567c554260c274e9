namespace ChainOfCode.CodeFixes.Tests;

public class DirectCallInsteadOfInvokeFixTests
{
    [Fact]
    public Task Static_method_invoke_becomes_a_direct_call() => Verify<DirectCallInsteadOfInvokeFix>.Fix("""
        public static class MathHelpers
        {
            public static int Add(int a, int b) => a + b;
        }
        class C
        {
            int M(int x) => (int){|COC0004:typeof(MathHelpers).GetMethod("Add")!.Invoke(null, new object[] { x, 2 })|}!;
        }
        """, """
        public static class MathHelpers
        {
            public static int Add(int a, int b) => a + b;
        }
        class C
        {
            int M(int x) => MathHelpers.Add(x, 2);
        }
        """);

    [Fact]
    public Task Fix_all_covers_instance_and_void_methods_and_keeps_comments() => Verify<DirectCallInsteadOfInvokeFix>.Fix("""
        public class Greeter
        {
            public string Greet(string name) => "Hello " + name;
            public void Reset() { }
        }
        class C
        {
            object? M(Greeter greeter)
            {
                // reset first
                {|COC0004:typeof(Greeter).GetMethod("Reset")!.Invoke(greeter, null)|}; // void
                object? text = /* greet */ {|COC0004:typeof(Greeter).GetMethod("Greet")!.Invoke(greeter, new object[] { "Ada" })|};
                return text;
            }
        }
        """, """
        public class Greeter
        {
            public string Greet(string name) => "Hello " + name;
            public void Reset() { }
        }
        class C
        {
            object? M(Greeter greeter)
            {
                // reset first
                greeter.Reset(); // void
                object? text = /* greet */ greeter.Greet("Ada");
                return text;
            }
        }
        """);

    [Fact]
    public Task Not_offered_when_reflection_would_bind_differently() => Verify<DirectCallInsteadOfInvokeFix>.NoFix("""
        using System;
        public class Tools
        {
            public static int Twice(int x) => 2 * x;
            public static int Twice(long x) => 2 * (int)x;
            public static long Widen(long x) => x;
            public static void Run() { }
            private static void Hidden() { }
        }
        class C
        {
            object? M(string name, object target)
            {
                var a = {|COC0004:typeof(Tools).GetMethod("Twice")!.Invoke(null, new object[] { 1 })|};
                var b = {|COC0004:typeof(Tools).GetMethod("Widen")!.Invoke(null, new object[] { 1 })|};
                var c = {|COC0004:typeof(Tools).GetMethod(name)!.Invoke(null, null)|};
                var d = {|COC0004:typeof(Tools).GetMethod("Run")!.Invoke(null, null)|};
                var e = typeof(Tools).GetMethod("Hidden")?{|COC0004:.Invoke(null, null)|};
                try
                {
                    {|COC0004:typeof(Tools).GetMethod("Run")!.Invoke(null, null)|};
                }
                catch (Exception)
                {
                }
                return (a, b, c, d, e);
            }
        }
        """);
}
