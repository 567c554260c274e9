namespace ChainOfCode.Runtime.Tests.Chain;

/// <summary>Where the repository's Chain-of-Code samples are, found from the test's output directory.</summary>
internal static class Samples
{
    public static string ChainOfCode { get; } = Find();

    private static string Find()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "samples", "chain-of-code");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/chain-of-code was not found above the test's directory.");
    }
}
