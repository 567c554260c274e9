using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers;

/// <summary>The project's policy files among AdditionalFiles: <c>ChainOfCode.policy</c> and BannedApiAnalyzers' <c>BannedSymbols*.txt</c>.</summary>
public static class PolicyFiles
{
    /// <summary>The file name of a ChainOfCode policy.</summary>
    public const string PolicyFileName = "ChainOfCode.policy";

    /// <summary>True for a file the analyzers read as policy.</summary>
    public static bool IsPolicyFile(string path)
    {
        string name = Path.GetFileName(path);
        return string.Equals(name, PolicyFileName, StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("BannedSymbols", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The catalog with the project's policy files among <paramref name="options"/>' AdditionalFiles.</summary>
    public static Policy Load(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        List<PolicyDocument>? documents = null;
        foreach (AdditionalText file in options.AdditionalFiles)
        {
            if (!IsPolicyFile(file.Path))
            {
                continue;
            }

            SourceText? text = file.GetText(cancellationToken);
            (documents ??= new List<PolicyDocument>()).Add(PolicyParser.Parse(text?.ToString() ?? string.Empty, file.Path));
        }

        if (documents is null)
        {
            return Policy.Default;
        }

        // The order of AdditionalFiles is not the user's to choose: read the files in path order so that
        // "which line repeats which" and "which mode line wins" do not depend on it.
        documents.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return Policy.FromDocuments(documents);
    }
}
