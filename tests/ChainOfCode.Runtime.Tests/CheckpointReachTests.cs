using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Checkpoints reach every place script code runs (query clauses included), an awaiting script's continuations
/// come back to the run's own thread, and nothing of a finished run keeps running.
/// </summary>
public sealed class CheckpointReachTests
{
    public static TheoryData<string> Cases => ContainmentCases.Names("checkpoints");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_script_ends_with_its_status_and_the_host_survives(string name) =>
        InProcessChild.Outcome(name).AssertStatus(ContainmentCases.Named(name).Expected);

    [Fact]
    public void A_query_in_an_exception_message_runs_out_of_the_read_budget()
    {
        ChildOutcome outcome = InProcessChild.Outcome("query-in-an-exception-message");

        outcome.AssertStatus(ScriptStatus.RuntimeError);
        Assert.StartsWith("Slow: (the exception's message could not be read)", outcome.Result!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ordinary_queries_give_their_results()
    {
        ScriptResult result = await Scripts.RunAsync("""
            var words = new[] { "pear", "apple", "fig", "banana", "kiwi" };
            var byLength = from w in words
                           let n = w.Length
                           where n > 3
                           orderby n descending, w
                           group w by n into g
                           select new { Length = g.Key, Words = string.Join(",", g) };
            var joined = from a in new[] { 1, 2, 3 } join b in new[] { 2, 3, 4 } on a equals b select a * b;
            return new { Groups = byLength.ToList(), Products = joined.ToArray() };
            """);

        Assert.Equal("""{"Groups":[{"Length":6,"Words":"banana"},{"Length":5,"Words":"apple"},{"Length":4,"Words":"kiwi,pear"}],"Products":[4,9]}""", Scripts.Value(result).GetRawText());
    }

    [Fact]
    public async Task An_awaiting_script_runs_its_continuations_on_its_own_thread()
    {
        ScriptResult result = await Scripts.RunAsync("""
            async System.Threading.Tasks.Task<int> Twice(int x) { await System.Threading.Tasks.Task.Yield(); return x * 2; }
            var total = 0;
            for (var i = 0; i < 100; i++) { total += await Twice(i); }
            return total;
            """);

        Assert.Equal(9900, Scripts.Value(result).GetInt32());
    }
}
