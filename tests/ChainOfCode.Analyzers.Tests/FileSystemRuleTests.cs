namespace ChainOfCode.Analyzers.Tests;

public class FileSystemRuleTests
{
    [Fact]
    public Task ReadAllText_is_reported() => Verify.Analyzer("""
        using System.IO;
        class C
        {
            string M(string p) => {|COC0001:File.ReadAllText(p)|};
        }
        """);
}
