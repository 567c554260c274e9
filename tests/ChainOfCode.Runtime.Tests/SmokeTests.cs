namespace ChainOfCode.Runtime.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task Runs_a_script_and_returns_its_value()
    {
        ScriptResult result = await Scripts.RunAsync("""
            var xs = new List<int> { 3, 1, 2 };
            Console.WriteLine("sorted");
            xs.OrderBy(x => x).Sum()
            """);
        Assert.Equal(6, Scripts.Value(result).GetInt32());
        Assert.Equal("sorted\n", result.Output);
        Assert.Equal("inprocess", result.Isolation);
    }
}
