using ChainOfCode.TestSupport;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Compiling untrusted code cannot take the host down: chains the parser reads in a loop are capped before
/// anything recurses on them (they run here on a thread-pool thread, where an overflow would end the test
/// process). A compile that would take minutes ends with the run's deadline: that is shown in processes that
/// die with the compile they abandon (the CLI tests run coc --isolation inprocess, the worker tests a worker).
/// </summary>
public sealed class CompilerContainmentTests
{
    public static TheoryData<string, string, string> Chains => HostileInput.LeftRecursiveChains;

    [Theory]
    [MemberData(nameof(Chains))]
    public void A_chain_under_the_size_cap_is_refused_by_the_nesting_cap(string prefix, string link, string suffix)
    {
        GateResult verdict = ScriptGate.Check(HostileInput.Chain(prefix, link, suffix));

        Assert.Equal(ScriptGate.NestingCapId, Assert.Single(verdict.Diagnostics).Id);
    }

    [Theory]
    [InlineData("var xs = new List<int> { 3, 1, 2 }; return xs.Where(x => x > 0).Select(x => x * 2).OrderBy(x => x).Skip(0).Take(3).Select(x => x.ToString()).Select(s => s.Length).Sum();")]
    [InlineData("var sb = new StringBuilder(); sb.Append('a').Append('b').Append('c').Append('d').Append('e').Append('f').Append('g').Append('h'); return sb.ToString().ToUpperInvariant().Trim().Length;")]
    public void Ordinary_chains_pass_the_nesting_cap(string code)
    {
        GateResult verdict = ScriptGate.Check(code);

        Assert.True(verdict.IsAccepted, string.Join("; ", verdict.Diagnostics.Select(d => d.Id + " " + d.Message)));
    }

    [Fact]
    public void A_sum_of_150_terms_passes_the_nesting_cap()
    {
        GateResult verdict = ScriptGate.Check("return " + string.Join(" + ", Enumerable.Range(1, 150)) + ";");

        Assert.True(verdict.IsAccepted, string.Join("; ", verdict.Diagnostics.Select(d => d.Id + " " + d.Message)));
    }
}
