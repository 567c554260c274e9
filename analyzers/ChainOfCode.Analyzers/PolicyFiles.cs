using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
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

    private const int CacheSize = 16;

    // The IDE asks for the policy on every compilation (each keystroke): parsing the files and building the
    // symbol index again each time is waste. Policies are immutable; a few recent ones are kept by the paths
    // and checksums of their files.
    private static readonly LinkedList<KeyValuePair<string, Policy>> Recent = new();

    /// <summary>The catalog with the project's policy files among <paramref name="options"/>' AdditionalFiles.</summary>
    public static Policy Load(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = new List<(string Path, SourceText? Text)>();
        foreach (AdditionalText file in options.AdditionalFiles)
        {
            if (IsPolicyFile(file.Path))
            {
                files.Add((file.Path, file.GetText(cancellationToken)));
            }
        }

        if (files.Count == 0)
        {
            return Policy.Default;
        }

        // The order of AdditionalFiles is not the user's to choose: read the files in path order so that
        // "which line repeats which" and "which mode line wins" do not depend on it.
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        string key = Key(files);
        lock (Recent)
        {
            for (LinkedListNode<KeyValuePair<string, Policy>>? node = Recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    Recent.Remove(node);
                    Recent.AddFirst(node);
                    return node.Value.Value;
                }
            }
        }

        var documents = new List<PolicyDocument>(files.Count);
        foreach ((string path, SourceText? text) in files)
        {
            documents.Add(PolicyParser.Parse(text?.ToString() ?? string.Empty, path));
        }

        Policy policy = Policy.FromDocuments(documents);
        lock (Recent)
        {
            Recent.AddFirst(new KeyValuePair<string, Policy>(key, policy));
            if (Recent.Count > CacheSize)
            {
                Recent.RemoveLast();
            }
        }

        return policy;
    }

    private static string Key(List<(string Path, SourceText? Text)> files)
    {
        var key = new StringBuilder();
        foreach ((string path, SourceText? text) in files)
        {
            key.Append(path).Append('|').Append(text?.Length ?? -1).Append('|');
            if (text is not null)
            {
                foreach (byte b in text.GetChecksum())
                {
                    key.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            key.Append('\n');
        }

        return key.ToString();
    }
}
