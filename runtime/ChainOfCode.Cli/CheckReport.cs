using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ChainOfCode.Analyzers;
using ChainOfCode.Runtime;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Cli;

/// <summary>The three output forms of <c>coc check</c>: canonical text, JSON and SARIF 2.1.0.</summary>
internal static class CheckReport
{
    public const string SarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void WriteText(TextWriter output, int files, IReadOnlyList<CheckDiagnostic> diagnostics)
    {
        foreach (CheckDiagnostic diagnostic in diagnostics)
        {
            // A checked file's name and text (an #error line, a string in a message) must not drive the terminal.
            output.WriteLine(TerminalText.Neutralize(diagnostic.ToCanonical()));
        }

        int errors = diagnostics.Count(d => d.IsError);
        int warnings = diagnostics.Count(d => d.Severity == "warning");
        output.WriteLine($"coc check: {files} file(s), {errors} error(s), {warnings} warning(s)");
    }

    public static void WriteJson(TextWriter output, int files, IReadOnlyList<CheckDiagnostic> diagnostics) =>
        JsonText.Write(output, indented: true, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("files", files);
            json.WriteStartArray("diagnostics");
            foreach (CheckDiagnostic d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                json.WriteString("id", d.Id);
                json.WriteString("severity", d.Severity);
                json.WriteString("message", d.Message);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    public static void WriteSarif(TextWriter output, IReadOnlyList<CheckDiagnostic> diagnostics) =>
        JsonText.Write(output, indented: true, json =>
        {
            var rules = Rules();
            var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

            json.WriteStartObject();
            json.WriteString("$schema", SarifSchema);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "coc");
            json.WriteString("semanticVersion", typeof(CheckReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            json.WriteString("informationUri", "https://github.com/chainofcode/ChainOfCode.Analyzers");
            json.WriteStartArray("rules");
            foreach (SarifRule rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Description);
                json.WriteEndObject();
                if (rule.HelpUri is not null)
                {
                    json.WriteString("helpUri", rule.HelpUri);
                }

                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.Severity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (CheckDiagnostic d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Id);
                if (index.TryGetValue(d.Id, out int ruleIndex))
                {
                    json.WriteNumber("ruleIndex", ruleIndex);
                }

                json.WriteString("level", Level(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", ToUri(d.File));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", Math.Max(d.Line, 1));
                json.WriteNumber("startColumn", Math.Max(d.Column, 1));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });

    /// <summary>A relative path as a relative URI reference (forward slashes, escaped); an absolute one as a file URI.</summary>
    internal static string ToUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        string[] segments = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return string.Join("/", segments.Where(s => s != ".").Select(Uri.EscapeDataString));
    }

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };

    /// <summary>Every rule of the catalog, the runtime's own checks and <c>coc check</c>'s included.</summary>
    private static List<SarifRule> Rules() =>
        RuleDescriptors.All
            .Select(d => new SarifRule(
                d.Id,
                Name(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
                d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture),
                PolicyLoader.SeverityName(d.DefaultSeverity),
                d.HelpLinkUri))
            .ToList();

    private static string Name(string title) =>
        string.Concat(title.Split([' ', '(', ')', ',', '-', '`', '#', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private sealed record SarifRule(string Id, string Name, string Title, string Description, string Severity, string? HelpUri);
}
