namespace ChainOfCode.CodeFixes.Tests;

public class RemoveUnsafeFixTests
{
    [Fact]
    public Task Unsafe_modifier_without_pointers_is_removed() => Verify<RemoveUnsafeFix>.Fix("""
        class C
        {
            public {|COC0005:unsafe|} int Add(int a, int b) => a + b;
        }
        """, """
        class C
        {
            public int Add(int a, int b) => a + b;
        }
        """);

    [Fact]
    public Task Leading_modifier_keeps_indentation_and_comments() => Verify<RemoveUnsafeFix>.Fix("""
        class C
        {
            // adds
            {|COC0005:unsafe|} static int Add(int a, int b) => a + b;
        }
        """, """
        class C
        {
            // adds
            static int Add(int a, int b) => a + b;
        }
        """);

    [Fact]
    public Task Unsafe_block_is_unwrapped_and_fix_all_covers_the_class() => Verify<RemoveUnsafeFix>.Fix("""
        {|COC0005:unsafe|} class C
        {
            int M(int a)
            {
                {|COC0005:unsafe|}
                {
                    a++; // count
                }
                {|COC0005:unsafe|} {
                    a--;
                }
                return a;
            }
        }
        """, """
        class C
        {
            int M(int a)
            {
                {
                    a++; // count
                }
                {
                    a--;
                }
                return a;
            }
        }
        """);

    [Fact]
    public Task Not_offered_when_the_block_uses_pointers() => Verify<RemoveUnsafeFix>.NoFix("""
        class C
        {
            int M(int a)
            {
                {|COC0005:unsafe|}
                {
                    {|COC0005:int*|} p = {|COC0005:&a|};
                    return *p;
                }
            }
        }
        """);
}
