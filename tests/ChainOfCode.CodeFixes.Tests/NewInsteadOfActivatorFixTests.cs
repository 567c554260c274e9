namespace ChainOfCode.CodeFixes.Tests;

public class NewInsteadOfActivatorFixTests
{
    [Fact]
    public Task Generic_CreateInstance_becomes_new() => Verify<NewInsteadOfActivatorFix>.Fix("""
        using System;
        using System.Collections.Generic;
        class C
        {
            List<int> M() => {|COC0004:Activator.CreateInstance<List<int>>()|};
        }
        """, """
        using System;
        using System.Collections.Generic;
        class C
        {
            List<int> M() => new List<int>();
        }
        """);

    [Fact]
    public Task Fix_all_takes_casts_along_and_keeps_comments() => Verify<NewInsteadOfActivatorFix>.Fix("""
        using System;
        using System.Text;
        class C
        {
            object M<T>() where T : new()
            {
                var sb = (StringBuilder){|COC0004:Activator.CreateInstance(typeof(StringBuilder))|}; // builder
                var t = /* generic */ {|COC0004:Activator.CreateInstance<T>()|};
                var n = {|COC0004:Activator.CreateInstance(typeof(int))|} as int?;
                return (sb, t, n);
            }
        }
        """, """
        using System;
        using System.Text;
        class C
        {
            object M<T>() where T : new()
            {
                var sb = new StringBuilder(); // builder
                var t = /* generic */ new T();
                var n = new int() as int?;
                return (sb, t, n);
            }
        }
        """);

    [Fact]
    public Task Not_offered_without_a_public_parameterless_constructor() => Verify<NewInsteadOfActivatorFix>.NoFix("""
        using System;
        abstract class Shape { }
        class Point { public Point(int x) { } }
        class Secret { private Secret() { } public static object Make() => {|COC0004:Activator.CreateInstance(typeof(Secret))|}!; }
        class C
        {
            object?[] M(Type t) => new object?[]
            {
                {|COC0004:Activator.CreateInstance(t)|},
                {|COC0004:Activator.CreateInstance(typeof(Shape))|},
                {|COC0004:Activator.CreateInstance(typeof(Point))|},
            };
        }
        """);
}
