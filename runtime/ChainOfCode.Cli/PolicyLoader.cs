using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
            // UTF-8 unless a byte order mark names another encoding, as File.ReadAllText reads, but never past the
            // cap, and strictly: a file in another encoding or a binary one is refused, not read as U+FFFD.
            using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return ReadText(reader, $"{what} '{path}'", maxChars);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{what} '{path}' cannot be read: {CocApp.OneLine(e.Message)}");
        }
    }

    /// <summary>
    /// Reads <paramref name="reader"/> (a file or standard input) up to <paramref name="maxChars"/> characters: null when
    /// it has more. Text that is not UTF-8 or holds a NUL character is a usage problem naming <paramref name="source"/>.
    /// </summary>
    public static string? ReadText(TextReader reader, string source, int maxChars)
    {
        var text = new StringBuilder();
        var buffer = new char[Math.Min(maxChars + 1, 64 * 1024)];
        int read;
        try
        {
            while ((read = reader.Read(buffer, 0, Math.Min(buffer.Length, maxChars + 1 - text.Length))) > 0)
            {
                if (Array.IndexOf(buffer, '\0', 0, read) >= 0)
                {
                    throw new NotTextException(source, "is not a text file: it holds a NUL character.");
                }

                text.Append(buffer, 0, read);
                if (text.Length > maxChars)
                {
                    return null;
                }
            }
        }
        catch (DecoderFallbackException)
        {
            throw new NotTextException(source, "is not UTF-8 text: save it as UTF-8.");
        }

        return text.ToString();
    }

    /// <summary>Reads the script of <c>coc run -</c> from standard input, as a script file is read: capped, UTF-8, not empty.</summary>
    public static string ReadStandardInput(TextReader input) =>
        NotEmpty(ReadText(input, "standard input", MaxFileChars) ?? throw new UsageException($"standard input has more than {MaxFileChars} characters."), "standard input");

    /// <summary>
    /// A script or program the user named, read as <see cref="ReadText(string, string)"/> does; one that is empty or all
    /// whitespace is a usage problem (a redirection that wrote nothing, the wrong file), not a run that does nothing.
    /// </summary>
    public static string ReadProgram(string path, string what) => NotEmpty(ReadText(path, what), $"{what} '{path}'");

    private static string NotEmpty(string text, string source) =>
        string.IsNullOrWhiteSpace(text) ? throw new UsageException($"{source} is empty: it has no statement to run.") : text;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The problems of <paramref name="policy"/>'s own lines, in line order: COC0090 and COC0092 as read, COC0091 for a
    /// line that names nothing in the framework.
    /// </summary>
    public static List<PolicyProblem> Problems(Policy policy) =>
        policy.Problems.Concat(policy.FindUnresolved(FrameworkCompilation.Empty))
            .OrderBy(p => p.Source.Line)
            .ThenBy(p => p.RuleId, StringComparer.Ordinal)
            .ToList();

    /// <summary>A problem as a compiler would show it: <c>ChainOfCode.policy(3,1): warning COC0091: ...</c>.</summary>
    public static string Describe(string path, PolicyProblem problem) =>
        $"{path}({problem.Source.Line},1): {SeverityName(Analyzers.RuleDescriptors.Get(problem.RuleId).DefaultSeverity)} {problem.RuleId}: {problem.Message}";

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
