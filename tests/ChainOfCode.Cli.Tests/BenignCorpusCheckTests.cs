namespace ChainOfCode.Cli.Tests;

/// <summary>
/// <c>coc check</c> over the benign corpus (tests/corpus/benign; the runtime tests run the same files through the
/// gate and the guards): the analyzers report nothing in any of them.
/// </summary>
public sealed class BenignCorpusCheckTests
{
    [Fact]
    public void Check_reports_nothing_in_the_benign_corpus()
    {
        string[] files = Directory.GetFiles(HostileCorpusCheckTests.CorpusDirectory("benign"), "*.csx").Order(StringComparer.Ordinal).ToArray();

        CliResult result = Cli.Run(["check", .. files]);

        Assert.True(files.Length >= 100, $"{files.Length} files");
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.DoesNotContain(result.Out.Split('\n'), l => l.Contains("): error ", StringComparison.Ordinal) || l.Contains("): warning ", StringComparison.Ordinal));
    }
}
