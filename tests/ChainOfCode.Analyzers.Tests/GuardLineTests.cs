using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>The <c>[guards]</c> section: lines that tell the runtime's guard rewrite which argument to check and how.</summary>
public sealed class GuardLineTests
{
    [Fact]
    public void A_guard_line_parses_into_a_hint_of_the_policy()
    {
        Policy policy = Policy.Parse("[guards]\nM:System.Linq.Enumerable.Chunk size items M0\n");

        Assert.Empty(policy.Problems);
        ArgumentHint hint = Assert.Single(policy.HintsFor("M:System.Linq.Enumerable.Chunk", "Chunk"));
        Assert.Equal(("size", ArgumentCheck.Items, "M0"), (hint.Parameter, hint.Check, hint.Detail));
    }

    [Theory]
    [InlineData("M:System.Linq.Enumerable.Chunk size grows")]
    [InlineData("M:System.Linq.Enumerable.Chunk size items")]
    [InlineData("M:System.Linq.Enumerable.Chunk size items X1")]
    [InlineData("M:System.Linq.Enumerable.Chunk size bits 4")]
    [InlineData("T:System.Linq.Enumerable size items 4")]
    [InlineData("M:System.Linq.Enumerable.Chunk(System.Int32) size items 4")]
    public void A_guard_line_that_is_not_a_hint_is_a_policy_problem(string line)
    {
        PolicyDocument document = PolicyParser.Parse("[guards]\n" + line + "\n", "p.policy");

        Assert.Equal(RuleIds.PolicyParse, Assert.Single(document.Problems).RuleId);
        Assert.Empty(document.ArgumentHints);
    }

    [Fact]
    public void The_catalogs_guard_lines_parse_and_a_projects_lines_survive_the_policy_text()
    {
        Assert.Contains(Policy.Default.ArgumentHints, h => h.Member == "M:System.String.PadLeft" && h.Check == ArgumentCheck.Items && h.Detail == "2");

        Policy policy = Policy.Parse("[guards]\nM:System.Linq.Enumerable.Chunk size items M0\n");
        Policy again = Policy.Parse(policy.ToPolicyText());

        Assert.Equal(["M:System.Linq.Enumerable.Chunk size items M0"], again.UserHints.Select(h => h.ToLine()));
        Assert.Equal(policy.ArgumentHints.Length, again.ArgumentHints.Length);
    }

    [Theory]
    [InlineData("M:System.Text.RegularExpressions.Regex.IsMatch(System.String,System.String)", true)]
    [InlineData("M:System.Text.RegularExpressions.Regex.#ctor(System.String)", true)]
    [InlineData("T:System.IO.File", false)]
    [InlineData(null, false)]
    public void A_fix_asks_the_matched_line_whether_it_is_marked_regex_timeout(string? entry, bool marked)
    {
        Assert.Equal(marked, GuardHints.Marks(GuardHints.RegexTimeout, entry));
    }

    [Fact]
    public void A_type_guard_line_parses_into_a_type_hint()
    {
        Policy policy = Policy.Parse("[guards]\nT:Demo.Json.Writer`1 serializer-cache\n");

        Assert.Empty(policy.Problems);
        TypeHint hint = Assert.Single(policy.TypeHints, t => t.Type == "T:Demo.Json.Writer`1");
        Assert.Equal(("Writer", TypeHint.SerializerCache), (hint.SimpleName, hint.Hint));
        Assert.Contains(Policy.Parse(policy.ToPolicyText()).TypeHints, t => t.Type == "T:Demo.Json.Writer`1");
    }
}
