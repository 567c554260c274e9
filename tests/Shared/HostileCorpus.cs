using ChainOfCode.Runtime;

namespace ChainOfCode.Tests.Shared;

/// <summary>
/// One script of the hostile corpus (tests/corpus/hostile, one attack class per file). Its header states the class,
/// the one status it must end with (for a rejection, the rule ID that refuses it) and why: <c>// class: ...</c>,
/// <c>// expected: rejected COC0001</c> or <c>// expected: timeout</c>, <c>// why: ...</c>.
/// </summary>
internal sealed record CorpusScript(string Name, string Class, string Expected, string Why, string Code)
{
    /// <summary>The expected status (snake_case in the file, as in the JSON): the header's first word.</summary>
    public ScriptStatus ExpectedStatus => Enum.Parse<ScriptStatus>(Expected.Split(' ')[0].Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    /// <summary>The rule ID a rejection must name (the header's second word), or null for any other status.</summary>
    public string? Rule => Expected.Split(' ') is [_, var rule] ? rule : null;

    /// <summary>True when the script must be refused before it runs (rejected or compile_error).</summary>
    public bool Refused => ExpectedStatus is ScriptStatus.Rejected or ScriptStatus.CompileError;

    /// <summary>
    /// Loops end at a small step budget and an expected timeout at a short deadline (a slow machine gives the same
    /// answer); everything else gets a deadline a loaded machine's compile fits in.
    /// </summary>
    public RunLimits Limits => RunLimits.Default with
    {
        Timeout = TimeSpan.FromSeconds(ExpectedStatus == ScriptStatus.Timeout ? 2 : 10),
        AbandonGrace = TimeSpan.FromSeconds(10),
        MaxSteps = 5_000_000,
    };

    public override string ToString() => Name;
}

/// <summary>The hostile corpus, read from the repository (tests/corpus/hostile), run by analyzer, gate, in process and worker tests.</summary>
internal static class HostileCorpus
{
    private static readonly Lazy<IReadOnlyList<CorpusScript>> Scripts = new(Load);

    public static string Directory => Path.Combine(RepositoryRoot(), "tests", "corpus", "hostile");

    public static IReadOnlyList<CorpusScript> All => Scripts.Value;

    public static CorpusScript Named(string name) => All.Single(s => s.Name == name);

    /// <summary>
    /// What the worker tests run: the first script of each class and expected status (each costs a worker run; the
    /// worker runs the very gate and code path the in-process tests run over every script).
    /// </summary>
    public static TheoryData<string> InWorker()
    {
        var data = new TheoryData<string>();
        foreach (CorpusScript script in All.GroupBy(s => (s.Class, s.ExpectedStatus)).Select(g => g.First()))
        {
            data.Add(script.Name);
        }

        return data;
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (CorpusScript script in All)
        {
            data.Add(script.Name);
        }

        return data;
    }

    /// <summary>The repository's root, found upward from the test's output directory (wherever it is cloned).</summary>
    public static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "ChainOfCode.Analyzers.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<CorpusScript> Load()
    {
        var scripts = new List<CorpusScript>();
        foreach (string file in System.IO.Directory.GetFiles(Directory, "*.csx").Order(StringComparer.Ordinal))
        {
            string[] lines = File.ReadAllLines(file);
            string Header(int index, string key) =>
                lines.Length > index && lines[index].StartsWith("// " + key + ": ", StringComparison.Ordinal)
                    ? lines[index][(key.Length + 5)..]
                    : throw new InvalidDataException($"{Path.GetFileName(file)}: line {index + 1} must be '// {key}: ...'");
            var script = new CorpusScript(Path.GetFileNameWithoutExtension(file), Header(0, "class"), Header(1, "expected"), Header(2, "why"), File.ReadAllText(file));
            if ((script.ExpectedStatus == ScriptStatus.Rejected) != (script.Rule is not null) || !script.Name.StartsWith(script.Class + "--", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{script.Name}: a rejection names its rule ID ('// expected: rejected COC0001'), no other status does, and the file name starts with its class");
            }

            scripts.Add(script);
        }

        return scripts;
    }
}
