namespace ChainOfCode.CodeFixes.Tests;

public class StaticTypeInsteadOfDynamicFixTests
{
    [Fact]
    public Task Dynamic_local_with_a_literal_becomes_var() => Verify<StaticTypeInsteadOfDynamicFix>.Fix("""
        using System;
        class C
        {
            void M()
            {
                {|COC0004:dynamic|} count = 41;
                count = {|COC0004:count + 1|};
                Console.WriteLine($"{count}");
            }
        }
        """, """
        using System;
        class C
        {
            void M()
            {
                var count = 41;
                count = count + 1;
                Console.WriteLine($"{count}");
            }
        }
        """);

    [Fact]
    public Task Fix_all_uses_var_or_object_and_keeps_comments() => Verify<StaticTypeInsteadOfDynamicFix>.Fix("""
        using System.Collections.Generic;
        class C
        {
            object? M()
            {
                /* list */ {|COC0004:dynamic|} items = new List<int> { 1, 2 }; // two
                {|COC0004:dynamic|} nothing = null;
                nothing = items;
                return nothing;
            }
        }
        """, """
        using System.Collections.Generic;
        class C
        {
            object? M()
            {
                /* list */ var items = new List<int> { 1, 2 }; // two
                object nothing = null;
                nothing = items;
                return nothing;
            }
        }
        """);

    [Fact]
    public Task Not_offered_when_binding_would_change() => Verify<StaticTypeInsteadOfDynamicFix>.NoFix("""
        using System.Collections.Generic;
        class C
        {
            static int Count(IEnumerable<int> items) => 0;
            static int Count(List<int> items) => 1;
            static IEnumerable<int> Make() => new List<int>();
            int M(object o)
            {
                {|COC0004:dynamic|} items = Make();
                {|COC0004:dynamic|} unknown = o;
                {|COC0004:dynamic|} changing = 1;
                changing = "text";
                return {|COC0004:Count(items)|} + {|COC0004:unknown.Length|};
            }
        }
        """);
}
