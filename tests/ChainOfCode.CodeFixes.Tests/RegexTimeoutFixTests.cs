namespace ChainOfCode.CodeFixes.Tests;

public partial class RegexTimeoutFixTests
{
    private const string Timeout = "COC0009.AddTimeout";
    private const string NonBacktracking = "COC0009.NonBacktracking";

    [Fact]
    public Task Constructor_gets_options_and_a_one_second_timeout() => Verify<RegexTimeoutFix>.Fix("""
        using System;
        using System.Text.RegularExpressions;
        class C
        {
            Regex R() => {|COC0009:new Regex("a+b")|};
        }
        """, """
        using System;
        using System.Text.RegularExpressions;
        class C
        {
            Regex R() => new Regex("a+b", RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        """, Timeout);

    [Fact]
    public Task Timeout_comes_from_editorconfig_and_fix_all_keeps_comments() => Verify<RegexTimeoutFix>.Fix("""
        using System.Text.RegularExpressions;
        class C
        {
            bool M(string s)
            {
                var words = {|COC0009:Regex.Split(s, @"\s+" /* whitespace */)|};
                return {|COC0009:Regex.IsMatch(s, "^[a-z]+$", RegexOptions.IgnoreCase)|} // letters
                    && words.Length > 1;
            }
        }
        """, """
        using System.Text.RegularExpressions;
        class C
        {
            bool M(string s)
            {
                var words = Regex.Split(s, @"\s+", RegexOptions.None, System.TimeSpan.FromMilliseconds(250) /* whitespace */);
                return Regex.IsMatch(s, "^[a-z]+$", RegexOptions.IgnoreCase, System.TimeSpan.FromMilliseconds(250)) // letters
                    && words.Length > 1;
            }
        }
        """, Timeout, "root = true\n[*.cs]\nchain_of_code.regex_timeout_ms = 250\n");

    [Fact]
    public Task Fix_all_in_project_and_solution_reaches_every_document() => Verify<RegexTimeoutFix>.FixDocuments(
        new[]
        {
            """
            using System.Text.RegularExpressions;
            class A
            {
                bool M(string s) => {|COC0009:Regex.IsMatch(s, "a")|};
            }
            """,
            """
            using System;
            using System.Text.RegularExpressions;
            class B
            {
                Regex R() => {|COC0009:new Regex("b", RegexOptions.IgnoreCase)|};
            }
            """,
        },
        new[]
        {
            """
            using System.Text.RegularExpressions;
            class A
            {
                bool M(string s) => Regex.IsMatch(s, "a", RegexOptions.None, System.TimeSpan.FromSeconds(1));
            }
            """,
            """
            using System;
            using System.Text.RegularExpressions;
            class B
            {
                Regex R() => new Regex("b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            }
            """,
        },
        Timeout);

    [Fact]
    public Task NonBacktracking_is_the_second_action() => Verify<RegexTimeoutFix>.Fix("""
        using System.Text.RegularExpressions;
        class C
        {
            bool M(string s) => {|COC0009:Regex.IsMatch(s, "^[a-z]+$", RegexOptions.IgnoreCase)|}
                || {|COC0009:new Regex(@"\d+")|}.IsMatch(s);
        }
        """, """
        using System.Text.RegularExpressions;
        class C
        {
            bool M(string s) => Regex.IsMatch(s, "^[a-z]+$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)
                || new Regex(@"\d+", RegexOptions.NonBacktracking).IsMatch(s);
        }
        """, NonBacktracking);

    [Fact]
    public Task NonBacktracking_not_offered_for_backreferences_lookarounds_or_variable_patterns() => Verify<RegexTimeoutFix>.NoFix("""
        using System.Text.RegularExpressions;
        class C
        {
            bool M(string s, string p) => {|COC0009:Regex.IsMatch(s, @"(a)\1")|}
                || {|COC0009:Regex.IsMatch(s, "a(?=b)")|}
                || {|COC0009:Regex.IsMatch(s, p)|}
                || {|COC0009:Regex.IsMatch(s, "a", RegexOptions.RightToLeft)|};
        }
        """, equivalenceKey: NonBacktracking);

    [Fact]
    public Task Timeout_not_offered_with_named_arguments() => Verify<RegexTimeoutFix>.NoFix("""
        using System.Text.RegularExpressions;
        class C
        {
            bool M(string s) => {|COC0009:Regex.IsMatch(pattern: "a", input: s)|};
        }
        """, equivalenceKey: Timeout);

    [Fact]
    public void Engine_check_rejects_what_NonBacktracking_cannot_run()
    {
        Assert.True(RegexTimeoutFix.EngineAccepts("^[a-z]+(x|y)*$", System.Text.RegularExpressions.RegexOptions.None));
        Assert.False(RegexTimeoutFix.EngineAccepts(@"(?<w>a)\k<w>", System.Text.RegularExpressions.RegexOptions.None));
        Assert.False(RegexTimeoutFix.EngineAccepts("(?>a+)b", System.Text.RegularExpressions.RegexOptions.None));
        Assert.False(RegexTimeoutFix.EngineAccepts("(", System.Text.RegularExpressions.RegexOptions.None));
    }
}
