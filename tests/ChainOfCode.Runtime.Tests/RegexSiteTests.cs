using System.Diagnostics;
using System.Text.RegularExpressions;
using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// A static <c>Regex.IsMatch</c> with a constant pattern: the guard's call site, which compiles a hot site with a short
/// pattern (<see cref="ScriptGuard.IsMatch"/>). Same answers as the interpreter, and no match outlives the deadline.
/// </summary>
public sealed class RegexSiteTests
{
    // Anchors before a final newline, Multiline and Singleline, alternation priority, word boundaries, Unicode,
    // backreferences, lookarounds, a pattern over the compiled length and the linear engine (both stay interpreted).
    public static TheoryData<string, int, string[]> Sites => new()
    {
        { @"^item-\d+[05]$", 0, ["item-10", "item-15", "item-5", "item-123", "item-10\n", "xitem-10"] },
        { @"abc$", 0, ["abc", "abc\n", "abc\n\n", "abcd"] },
        { @"^b$", (int)RegexOptions.Multiline, ["a\nb", "a\nb\nc", "ab", "b\r\n"] },
        { @"a.c", (int)RegexOptions.Singleline, ["a\nc", "abc", "ac"] },
        { @"a.c", 0, ["a\nc", "abc", "ac"] },
        { @"\bfoo\b", 0, ["foo bar", "food", "a foo", "_foo", "éfoo"] },
        { @"(a|ab)(c|bcd)(d*)", 0, ["abcd", "acd", "abd", ""] },
        { @"^(a+)+$", 0, ["aaaa", "aaa!", ""] },
        { @"^\p{Lu}\w*\s?$", 0, ["Éclair ", "éclair", "Ab_9", "A b"] },
        { @"x{2,3}y | z", (int)RegexOptions.IgnorePatternWhitespace, ["xxy", "xy", "z", "xxxxy"] },
        { @"(\w)\1", 0, ["aa", "ab", "xyzz"] },
        { @"a(?=b)(?<!c)", 0, ["ab", "ac", "cab"] },
        { @"(?>a+)b|c{2}", (int)RegexOptions.ExplicitCapture, ["aab", "cc", "c"] },
        { new string('a', 40) + "|b", 0, ["b", new string('a', 40), "c"] },
        { @"a+b", (int)RegexOptions.NonBacktracking, ["aab", "ba"] },
    };

    [Theory]
    [MemberData(nameof(Sites))]
    public async Task A_hot_site_answers_as_the_interpreter(string pattern, int options, string[] inputs)
    {
        // Each input is matched 3,000 times at one site, so the site is hot (8,192 calls) on the way.
        int expected = 0;
        for (var i = 0; i < 3_000; i++)
        {
            foreach (string input in inputs)
            {
                expected += Regex.IsMatch(input, pattern, (RegexOptions)options) ? 1 : 0;
            }
        }

        string literals = string.Join(", ", inputs.Select(Literal));
        ScriptResult result = await Scripts.RunAsync($$"""
            var inputs = new[] { {{literals}} };
            var hits = 0;
            for (var i = 0; i < 3_000; i++) { foreach (var input in inputs) { if (Regex.IsMatch(input, {{Literal(pattern)}}, (RegexOptions){{options}})) hits++; } }
            return hits;
            """);

        Assert.Equal(expected, Scripts.Value(result).GetInt32());
    }

    // Compiled would compile the pattern to IL outside the run's budget; the match is the same without it.
    [Fact]
    public async Task A_script_regex_is_never_compiled_to_IL()
    {
        ScriptResult result = await Scripts.RunAsync("""return new Regex("a+b", RegexOptions.Compiled | RegexOptions.IgnoreCase).Options.ToString();""");

        Assert.Equal("IgnoreCase", Scripts.Value(result).GetString());
    }

    [Fact]
    public void A_site_is_compiled_only_when_hot_short_and_backtracking()
    {
        var guard = new ScriptGuard(RunLimits.Default, CancellationToken.None);
        for (var i = 1; i <= ScriptGuard.CompiledRegexAfterCalls; i++)
        {
            Assert.False(guard.IsCompiled(0));
            Assert.True(guard.IsMatch(0, "^a+b$", RegexOptions.None, "aab"));
            Assert.True(guard.IsMatch(1, new string('a', ScriptGuard.CompiledRegexMaxPatternChars + 1), RegexOptions.None, new string('a', 40)));
            Assert.False(guard.IsMatch(2, "a", RegexOptions.NonBacktracking, "b"));
        }

        Assert.True(guard.IsCompiled(0));
        Assert.False(guard.IsCompiled(1)); // a pattern over the compiled length
        Assert.False(guard.IsCompiled(2)); // the linear engine takes its timeout when built: it stays as it is
        Assert.True(guard.IsMatch(0, "^a+b$", RegexOptions.None, "aaab"));
        Assert.False(guard.IsMatch(0, "^a+b$", RegexOptions.None, "aaba"));

        // Sites 3, 4, ...: the run compiles a limited number of them, then the rest stay interpreted.
        for (var site = 3; site < 3 + ScriptGuard.MaxCompiledRegexSites; site++)
        {
            for (var i = 0; i < ScriptGuard.CompiledRegexAfterCalls; i++)
            {
                guard.IsMatch(site, "^a+b$", RegexOptions.None, "aab");
            }
        }

        Assert.Equal(ScriptGuard.MaxCompiledRegexSites - 1, Enumerable.Range(3, ScriptGuard.MaxCompiledRegexSites).Count(guard.IsCompiled));
        Assert.False(guard.IsCompiled(2 + ScriptGuard.MaxCompiledRegexSites));
    }

    [Fact]
    public void A_compiled_site_still_gets_the_time_left_as_its_timeout()
    {
        // A minute's run with 1.5 s of it left: the site compiles with that timeout and takes the shorter one later on.
        var limits = RunLimits.Default with { Timeout = TimeSpan.FromMinutes(1) };
        var guard = new ScriptGuard(limits, CancellationToken.None, Stopwatch.GetTimestamp() - (long)(58.5 * Stopwatch.Frequency));
        for (var i = 0; i < ScriptGuard.CompiledRegexAfterCalls; i++)
        {
            guard.IsMatch(0, "^(a+)+$", RegexOptions.None, "aaa");
        }

        Assert.True(guard.IsCompiled(0));
        var timedOut = Assert.Throws<RegexMatchTimeoutException>(() => guard.IsMatch(0, "^(a+)+$", RegexOptions.None, new string('a', 40) + "!"));
        Assert.InRange(timedOut.MatchTimeout, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task A_catastrophic_input_at_a_hot_site_ends_with_timeout()
    {
        ContainmentCase item = ContainmentCases.Named("regex-hot-site-then-catastrophic-backtracking");
        var options = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(2) } };

        Scripts.AssertStatus(item.Expected, await Scripts.RunAsync(item.Code, options));
    }

    // A static method group has no timeout of its own: through the guard it gets the run's, so the backtracking stops at
    // the deadline inside the match (before: the delegate matched with no timeout and the run's thread was abandoned).
    [Fact]
    public async Task A_static_method_group_matches_with_the_run_timeout()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(2) } };
        ScriptResult result = await Scripts.RunAsync("Func<string, string, bool> isMatch = Regex.IsMatch; return isMatch(new string('a', 40) + \"!\", \"(a+)+$\");", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Equal("A regular expression ran past the script's deadline.", result.Error);
    }

    // A subclass's ": base(pattern)" is a constructor call like "new Regex(pattern)": it gets the run's timeout (before:
    // none, and the backtracking left the run's thread abandoned).
    [Fact]
    public async Task A_subclass_pattern_matches_with_the_run_timeout()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(2) } };
        ScriptResult result = await Scripts.RunAsync("return new S().IsMatch(new string('a', 40) + \"!\"); class S : Regex { public S() : base(\"(a+)+$\") { } }", options);

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Equal("A regular expression ran past the script's deadline.", result.Error);
    }

    // The guarded routes answer as the calls they stand for: method groups (instance, static, a subclass's own), a
    // MatchEvaluator, a Replace in a ?. chain, a span input.
    [Theory]
    [InlineData("var r = new Regex(\"^a+$\"); return new[] { \"aa\", \"ab\", \"a\" }.Where(new Func<string, bool>(r.IsMatch)).Count();", "2")]
    [InlineData("var r = new Regex(\"(\\\\d)\"); Func<string, MatchCollection> f = r.Matches; return f(\"a1b22\").Count;", "3")]
    [InlineData("return new[] { \"a,b;c\", \"x\" }.Zip(new[] { \"[,;]\", \",\" }, Regex.Split).Sum(p => p.Length);", "4")]
    [InlineData("Func<string, string, string, string> f = Regex.Replace; return f(\"a-b\", \"-\", \"_\");", "\"a_b\"")]
    [InlineData("return Regex.Replace(\"ab\", \"[a-z]\", m => m.Value.ToUpperInvariant());", "\"AB\"")]
    [InlineData("var r = new Regex(\"b\"); return r?.Replace(\"abc\", m => \"[\" + m.Value + \"]\");", "\"a[b]c\"")]
    [InlineData("return new Regex(\"(a)(b)?\").Replace(\"ab a\", \"[$1$2]\", 1);", "\"[ab] a\"")]
    [InlineData("return new Regex(\"a\").Count(\"banana\".AsSpan());", "3")]
    [InlineData("return new R().Run(\"xay\"); class R : Regex { public R() : base(\"a\") { } public bool Run(string s) => IsMatch(s) && base.IsMatch(s); }", "true")]
    [InlineData("var m = new Regex(\"(?<x>b)(c)\").Match(\"abcd\"); return m.Result(\"[$0|$1|${x}|$2|$$|$`|$'|$_|$+|$&]\");", "\"[bc|c|b|b|$|a|d|abcd|b|bc]\"")]
    [InlineData("var m = Regex.Match(\"abc\", \"b\"); Func<string, string> f = m.Result; return m?.Result(\"[$0]\") + f(\"$0$0\");", "\"[b]bb\"")]
    [InlineData("var h = new H(); return (h?.R.IsMatch(\"xay\"), h?.R.Matches(\"aa\").Count, h?.R.Replace(\"ab\", \"[$0]\"), h?.M.Result(\"$1\")).ToString(); class H { public Regex R = new Regex(\"(a)\"); public Match M = Regex.Match(\"za\", \"(a)\"); }", "\"(True, 2, [a]b, a)\"")]
    [InlineData("H? h = null; return (h?.R.IsMatch(\"a\"), h?.M.Result(\"$0\")).ToString(); class H { public Regex R = new Regex(\"a\"); public Match M = Match.Empty; }", "\"(, )\"")]
    public async Task A_regex_through_a_guarded_route_answers_as_the_call(string code, string expected)
    {
        ScriptResult result = await Scripts.RunAsync(code);

        Assert.Equal(expected, Scripts.Value(result).GetRawText());
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
