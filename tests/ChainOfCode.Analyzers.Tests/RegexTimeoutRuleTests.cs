namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0009: regular expressions without a match timeout.</summary>
public class RegexTimeoutRuleTests
{
    [Fact]
    public Task Without_timeout_is_reported() => Verify.Analyzer("""
        using System.Text.RegularExpressions;
        class C
        {
            void M(string s)
            {
                {|COC0009:new Regex("a+")|};
                {|COC0009:new Regex("a+", RegexOptions.IgnoreCase)|};
                {|COC0009:Regex.IsMatch(s, "a+")|};
                {|COC0009:Regex.Match(s, "a+")|};
                {|COC0009:Regex.Matches(s, "a+")|};
                {|COC0009:Regex.Replace(s, "a+", "b")|};
                {|COC0009:Regex.Split(s, "a+")|};
            }
        }
        """);

    [Fact]
    public Task With_timeout_or_non_backtracking_or_instance_is_fine() => Verify.Analyzer("""
        using System;
        using System.Text.RegularExpressions;
        class C
        {
            void M(string s, Regex r)
            {
                new Regex("a+", RegexOptions.None, TimeSpan.FromSeconds(1));
                Regex.IsMatch(s, "a+", RegexOptions.None, TimeSpan.FromSeconds(1));
                new Regex("a+", RegexOptions.NonBacktracking);
                Regex.IsMatch(s, "a+", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase);
                r.IsMatch(s);
                Regex.Escape(s);
            }
        }
        """);

    [Fact]
    public Task Generated_regex_without_timeout_is_reported() => Verify.Analyzer("""
        using System.Text.RegularExpressions;
        partial class C
        {
            [{|COC0009:GeneratedRegex("a+")|}]
            private static partial Regex Slow();

            [GeneratedRegex("a+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
            private static partial Regex Bounded();

            [GeneratedRegex("a+", RegexOptions.NonBacktracking)]
            private static partial Regex Linear();

            private static partial Regex Slow() => null!;
            private static partial Regex Bounded() => null!;
            private static partial Regex Linear() => null!;
        }
        """);

    [Fact]
    public Task Generated_regex_flags_are_read_from_the_attribute_arguments() => Verify.Analyzer("""
        using System.Text.RegularExpressions;
        partial class C
        {
            [GeneratedRegex("a+", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
            private static partial Regex Combined();

            [{|COC0009:GeneratedRegex("a+", RegexOptions.IgnoreCase, "en-US")|}]
            private static partial Regex Culture();

            [GeneratedRegex("a+", RegexOptions.NonBacktracking, "en-US")]
            private static partial Regex LinearCulture();

            [{|COC0009:GeneratedRegex("a+", (RegexOptions)1)|}]
            private static partial Regex Cast { get; }

            [GeneratedRegex("a+", (RegexOptions)1024)]
            private static partial Regex LinearCast { get; }

            private static partial Regex Combined() => null!;
            private static partial Regex Culture() => null!;
            private static partial Regex LinearCulture() => null!;
            private static partial Regex Cast { get => null!; }
            private static partial Regex LinearCast { get => null!; }
        }
        """);

    [Fact]
    public void Default_severity_is_warning() =>
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, RuleDescriptors.Get("COC0009").DefaultSeverity);
}
