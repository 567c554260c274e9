using System;
using System.IO;
using System.Linq;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>The built-in rule set: the embedded <c>DefaultCatalog.policy</c>, read once per process.</summary>
public static class DefaultCatalog
{
    private const string ResourceName = "ChainOfCode.DefaultCatalog.policy";
    private static readonly Lazy<string> LazyText = new(ReadText);
    private static readonly Lazy<PolicyDocument> LazyDocument = new(ParseCatalog);

    /// <summary>The catalog as text, in the policy-file format.</summary>
    public static string Text => LazyText.Value;

    /// <summary>The parsed catalog.</summary>
    public static PolicyDocument Document => LazyDocument.Value;

    private static string ReadText()
    {
        using Stream stream = typeof(DefaultCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The analyzer assembly lost its embedded catalog '" + ResourceName + "'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static PolicyDocument ParseCatalog()
    {
        PolicyDocument document = PolicyParser.Parse(Text, "DefaultCatalog.policy", isCatalog: true);
        if (!document.Problems.IsEmpty)
        {
            // A broken catalog is a bug of this package; a test keeps it from shipping.
            throw new InvalidOperationException("The built-in catalog does not parse: " + string.Join("; ", document.Problems.Select(p => p.ToString())));
        }

        return document;
    }
}
