namespace ChainOfCode.Tests.Shared;

/// <summary>
/// One program of the benign corpus (tests/corpus/benign, model-style Chain-of-Code programs). Its header states
/// what it does, its input (the script's <c>Input</c>, may be empty) and its exact value as JSON:
/// <c>// what: ...</c>, <c>// input: ...</c>, <c>// expected: ...</c>.
/// </summary>
internal sealed record BenignProgram(string Name, string What, string Input, string Expected, string Code)
{
    public override string ToString() => Name;
}

/// <summary>The benign corpus, read from the repository: what the gate, the guards and the analyzers must let through.</summary>
internal static class BenignCorpus
{
    private static readonly Lazy<IReadOnlyList<BenignProgram>> Programs = new(Load);

    public static string Directory => Path.Combine(HostileCorpus.RepositoryRoot(), "tests", "corpus", "benign");

    public static IReadOnlyList<BenignProgram> All => Programs.Value;

    public static BenignProgram Named(string name) => All.Single(p => p.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (BenignProgram program in All)
        {
            data.Add(program.Name);
        }

        return data;
    }

    private static IReadOnlyList<BenignProgram> Load()
    {
        var programs = new List<BenignProgram>();
        foreach (string file in System.IO.Directory.GetFiles(Directory, "*.csx").Order(StringComparer.Ordinal))
        {
            string[] lines = File.ReadAllLines(file);
            string Header(int index, string key) =>
                lines.Length > index && lines[index].StartsWith("// " + key + ":", StringComparison.Ordinal)
                    ? lines[index][(key.Length + 4)..].Trim()
                    : throw new InvalidDataException($"{Path.GetFileName(file)}: line {index + 1} must be '// {key}: ...'");
            programs.Add(new BenignProgram(Path.GetFileNameWithoutExtension(file), Header(0, "what"), Header(1, "input"), Header(2, "expected"), File.ReadAllText(file)));
        }

        return programs;
    }
}
