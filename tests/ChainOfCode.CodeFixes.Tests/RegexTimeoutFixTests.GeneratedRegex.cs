namespace ChainOfCode.CodeFixes.Tests;

/// <summary>[GeneratedRegex]: the source generator is not part of the test compilation, hence CS8795.</summary>
public partial class RegexTimeoutFixTests
{
    [Fact]
    public Task GeneratedRegex_gets_a_timeout_and_fix_all_keeps_comments() => Verify<RegexTimeoutFix>.Fix("""
        using System.Text.RegularExpressions;
        partial class C
        {
            // words
            [{|COC0009:GeneratedRegex(@"\w+")|}] // generated
            private static partial Regex {|CS8795:Words|}();

            [{|COC0009:GeneratedRegex("a+", RegexOptions.IgnoreCase, "en-US")|}]
            private static partial Regex {|CS8795:As|}();
        }
        """, """
        using System.Text.RegularExpressions;
        partial class C
        {
            // words
            [GeneratedRegex(@"\w+", RegexOptions.None, 1000)] // generated
            private static partial Regex {|CS8795:Words|}();

            [GeneratedRegex("a+", RegexOptions.IgnoreCase, 1000, "en-US")]
            private static partial Regex {|CS8795:As|}();
        }
        """, Timeout);

    [Fact]
    public Task GeneratedRegex_can_switch_to_NonBacktracking() => Verify<RegexTimeoutFix>.Fix("""
        using System.Text.RegularExpressions;
        partial class C
        {
            [{|COC0009:GeneratedRegex("[a-z]+", RegexOptions.IgnoreCase)|}]
            private static partial Regex {|CS8795:Letters|}();
        }
        """, """
        using System.Text.RegularExpressions;
        partial class C
        {
            [GeneratedRegex("[a-z]+", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
            private static partial Regex {|CS8795:Letters|}();
        }
        """, NonBacktracking);

    [Fact]
    public Task GeneratedRegex_NonBacktracking_not_offered_for_lookarounds() => Verify<RegexTimeoutFix>.NoFix("""
        using System.Text.RegularExpressions;
        partial class C
        {
            [{|COC0009:GeneratedRegex("a(?=b)")|}]
            private static partial Regex {|CS8795:Ahead|}();
        }
        """, equivalenceKey: NonBacktracking);
}
