using System;
using System.IO;
using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Cli;

/// <summary>Reads the <c>--policy</c> file on top of the catalog.</summary>
internal static class PolicyLoader
{
    /// <summary>The catalog alone when <paramref name="path"/> is null; the document is null then too.</summary>
    public static (Policy Policy, PolicyDocument? Document) Load(string? path)
    {
        if (path is null)
        {
            return (Policy.Default, null);
        }

        string text = ReadText(path, "policy file");
        PolicyDocument document = PolicyParser.Parse(text, path);
        return (Policy.FromDocuments([document]), document);
    }

    /// <summary>Reads a file the user named; a missing or unreadable file is a usage problem.</summary>
    public static string ReadText(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{what} '{path}' is a directory.");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{what} '{path}' does not exist.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{what} '{path}' cannot be read: {CocApp.OneLine(e.Message)}");
        }
    }

    public static PolicyMode? ParseMode(string? text) => text switch
    {
        null => null,
        "denylist" => PolicyMode.Denylist,
        "allowlist" => PolicyMode.Allowlist,
        _ => throw new UsageException($"'{text}' is not a mode; use denylist or allowlist."),
    };

    public static string ModeName(PolicyMode mode) => mode == PolicyMode.Allowlist ? "allowlist" : "denylist";

    public static string SeverityName(Microsoft.CodeAnalysis.DiagnosticSeverity severity) => severity switch
    {
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error => "error",
        Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => "warning",
        Microsoft.CodeAnalysis.DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
