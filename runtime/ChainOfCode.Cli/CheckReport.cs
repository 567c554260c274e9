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

    private static List<SarifRule> Rules()
    {
        var rules = RuleDescriptors.All
            .Select(d => new SarifRule(
                d.Id,
                Name(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
                d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture),
                PolicyLoader.SeverityName(d.DefaultSeverity),
                d.HelpLinkUri))
            .ToList();

        // The gate's own checks of scripts (COCRnnnn): not catalog rules, so they have no rule page. Read from
        // ScriptGate's constants so that a check the runtime adds is never missing here.
        foreach (var field in typeof(ScriptGate).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (Name: f.Name, Id: (string)f.GetRawConstantValue()!))
            .Where(f => f.Id.StartsWith("COCR", StringComparison.Ordinal))
            .OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            string name = field.Name.EndsWith("Id", StringComparison.Ordinal) ? field.Name[..^2] : field.Name;
            string description = GateChecks.TryGetValue(field.Id, out string? text) ? text : "A check of the runtime gate (ScriptGate." + field.Name + ").";
            rules.Add(new SarifRule(field.Id, name, description, description, "error", null));
        }

        rules.Add(Unchecked);
        return rules;
    }

    private static readonly Dictionary<string, string> GateChecks = new(StringComparer.Ordinal)
    {
        [ScriptGate.SizeCapId] = "The script is longer than the gate accepts.",
        [ScriptGate.NestingCapId] = "The script nests deeper than the gate accepts.",
        [ScriptGate.ReservedId] = "The script names something reserved for the runtime's guards.",
        [ScriptGate.FinalizerId] = "A finalizer would run on the host's finalizer thread, outside every guard.",
        [ScriptGate.UnanalyzedId] = "A global statement the analyzers could not see the way it runs; the gate fails closed.",
        [ScriptGate.AsyncVoidId] = "An async void method, local function or lambda: its exceptions would end the host process.",
        [ScriptGate.StackShapeId] = "A value type, a stack frame or a growing generic instantiation too large for the stack below the guards' probe.",
    };

    /// <summary>The check's own finding: a file it could not check (past its deadline, or too deep for the compiler).</summary>
    private static readonly SarifRule Unchecked = new(Checker.UncheckedId, "FileNotChecked", "A file the check could not finish.", "The compiler did not finish the file within its deadline (--file-timeout) or gave up on it; nothing in it was verified.", "error", null);

    private static string Name(string title) =>
        string.Concat(title.Split([' ', '(', ')', ',', '-', '`', '#', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private sealed record SarifRule(string Id, string Name, string Title, string Description, string Severity, string? HelpUri);
}
