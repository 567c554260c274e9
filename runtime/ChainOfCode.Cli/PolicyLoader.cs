using System;
using System.IO;
using System.Text;
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

    /// <summary>
    /// The most characters any file the user names is read to (a policy, a script, an input, a dataset, a
    /// file <c>coc check</c> checks): a path to a device or an endless pipe (<c>/dev/zero</c>) is read no further
    /// instead of filling the host's memory.
    /// </summary>
    public const int MaxFileChars = 16 * 1024 * 1024;

    /// <summary>Reads a file the user named; a missing, unreadable or oversized file is a usage problem.</summary>
    public static string ReadText(string path, string what) =>
        ReadText(path, what, MaxFileChars) ?? throw new UsageException($"{what} '{path}' has more than {MaxFileChars} characters.");

    /// <summary>Reads a file the user named up to <paramref name="maxChars"/> characters: null when it has more.</summary>
    public static string? ReadText(string path, string what, int maxChars)
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
            // As File.ReadAllText reads (UTF-8, a byte order mark names another encoding), but never past the cap.
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = new StringBuilder();
            var buffer = new char[Math.Min(maxChars + 1, 64 * 1024)];
            int read;
            while ((read = reader.Read(buffer, 0, Math.Min(buffer.Length, maxChars + 1 - text.Length))) > 0)
            {
                text.Append(buffer, 0, read);
                if (text.Length > maxChars)
                {
                    return null;
                }
            }

            return text.ToString();
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
