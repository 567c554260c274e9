namespace ChainOfCode.Cli.Tests;

/// <summary>
/// <c>coc check</c> over the hostile corpus (tests/corpus/hostile; the runtime and worker tests run the same files):
/// exactly the scripts whose header expects <c>rejected</c> or <c>compile_error</c> get an error, a rejected one with
/// the rule ID its header names.
/// </summary>
public sealed class HostileCorpusCheckTests
{
    [Fact]
    public void Check_reports_an_error_in_exactly_the_scripts_the_corpus_expects_refused()
    {
        string[] files = Directory.GetFiles(CorpusDirectory("hostile"), "*.csx").Order(StringComparer.Ordinal).ToArray();

        CliResult result = Cli.Run(["check", .. files]);

        Assert.Equal(1, result.ExitCode);
        string[] lines = result.Out.Split('\n');
        var wrong = new List<string>();
        foreach (string file in files)
        {
            string expected = File.ReadLines(file).Skip(1).First()["// expected: ".Length..];
            string[] words = expected.Split(' ');
            bool refused = words[0] is "rejected" or "compile_error";
            string[] errors = [.. lines.Where(l => l.StartsWith(file + "(", StringComparison.Ordinal) && l.Contains("): error ", StringComparison.Ordinal))];
            if (refused != errors.Length > 0)
            {
                wrong.Add($"{Path.GetFileName(file)}: expected {expected}, check {(errors.Length > 0 ? "reported an error" : "passed it")}");
            }
            else if (words is [_, var rule] && !errors.Any(l => l.Contains("): error " + rule + ":", StringComparison.Ordinal)))
            {
                wrong.Add($"{Path.GetFileName(file)}: expected {rule}, check reported {string.Join(" | ", errors)}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong) + "\n" + result.Out);
    }

    /// <summary>tests/corpus/<paramref name="name"/>, found upward from the test's output directory.</summary>
    internal static string CorpusDirectory(string name)
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "ChainOfCode.Analyzers.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return Path.Combine(directory ?? throw new InvalidOperationException("no repository root above " + AppContext.BaseDirectory), "tests", "corpus", name);
    }
}
