namespace ChainOfCode.CodeFixes.Tests;

public class TypeOfInsteadOfGetTypeFixTests
{
    [Fact]
    public Task Core_library_type_becomes_typeof() => Verify<TypeOfInsteadOfGetTypeFix>.Fix("""
        using System;
        using System.Text;
        class C
        {
            Type? T() => {|COC0004:Type.GetType("System.Text.StringBuilder")|};
        }
        """, """
        using System;
        using System.Text;
        class C
        {
            Type? T() => typeof(StringBuilder);
        }
        """);

    [Fact]
    public Task Fix_all_covers_own_nested_and_assembly_qualified_types_and_keeps_comments() => Verify<TypeOfInsteadOfGetTypeFix>.Fix("""
        using System;
        namespace App
        {
            public class Outer { public class Inner { } }
            class C
            {
                Type?[] M() => new Type?[]
                {
                    {|COC0004:Type.GetType("App.Outer+Inner")|}, // nested
                    /* own */ {|COC0004:Type.GetType("App.Outer", true)|},
                    {|COC0004:Type.GetType("System.Int32, System.Runtime")|},
                };
            }
        }
        """, """
        using System;
        namespace App
        {
            public class Outer { public class Inner { } }
            class C
            {
                Type?[] M() => new Type?[]
                {
                    typeof(Outer.Inner), // nested
                    /* own */ typeof(Outer),
                    typeof(int),
                };
            }
        }
        """);

    [Fact]
    public Task Not_offered_when_the_name_does_not_resolve_the_same_way_at_run_time() => Verify<TypeOfInsteadOfGetTypeFix>.NoFix("""
        using System;
        class C
        {
            private class Hidden { }
            Type?[] M(string name) => new Type?[]
            {
                {|COC0004:Type.GetType(name)|},
                {|COC0004:Type.GetType("No.Such.Type")|},
                {|COC0004:Type.GetType("System.Collections.Generic.List`1")|},
                {|COC0004:Type.GetType("System.Text.RegularExpressions.Regex")|},
                {|COC0004:Type.GetType("System.IO.File")|},
            };
        }
        """);
}
