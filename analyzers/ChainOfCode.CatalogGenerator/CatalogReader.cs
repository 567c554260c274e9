using System;
using System.Collections.Generic;

namespace ChainOfCode.CatalogGenerator;

/// <summary>
/// Reads the section headers of the catalog and the settings a descriptor needs. Symbol lines, comments and
/// <c>[allow]</c> are skipped: the analyzer's own PolicyParser reads those at run time, and a test holds the
/// two readings of the file to the same sections.
/// </summary>
internal static class CatalogReader
{
    private static readonly string[] Required = { "kind", "name", "severity", "category", "help" };

    private static string? Severity(string text) => text.Trim().ToLowerInvariant() switch
    {
        "error" => "Error",
        "warning" => "Warning",
        "info" => "Info",
        "hidden" => "Hidden",
        _ => null,
    };

    /// <summary>The rules in file order, and the problems that keep the catalog from generating.</summary>
    public static (List<CatalogRule> Rules, List<string> Problems, string HelpBase) Read(string text)
    {
        var rules = new List<CatalogRule>();
        var problems = new List<string>();
        string helpBase = string.Empty;
        string? id = null;
        string title = string.Empty;
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                Flush();
                int close = line.IndexOf(']');
                string name = close > 0 ? line.Substring(1, close - 1).Trim() : string.Empty;
                id = name.StartsWith("COC", StringComparison.Ordinal) ? name : null;
                title = close > 0 ? line.Substring(close + 1).Trim() : string.Empty;
                continue;
            }

            int colon = line.IndexOf(':');
            if (colon <= 1)
            {
                continue;
            }

            string key = line.Substring(0, colon).Trim().ToLowerInvariant();
            string value = line.Substring(colon + 1).Trim();
            if (key == "help-base" && id is null)
            {
                helpBase = value;
            }
            else if (id is not null)
            {
                settings[key] = value;
            }
        }

        Flush();
        return (rules, problems, helpBase);

        void Flush()
        {
            if (id is null)
            {
                settings.Clear();
                return;
            }

            int before = problems.Count;
            foreach (string key in Required)
            {
                if (!settings.ContainsKey(key))
                {
                    problems.Add("The catalog section [" + id + "] has no '" + key + ":' line.");
                }
            }

            string? severity = null;
            if (settings.TryGetValue("severity", out string? written))
            {
                severity = Severity(written);
                if (severity is null)
                {
                    problems.Add("The catalog section [" + id + "] has the severity '" + written + "': write error, warning, info or hidden.");
                }
            }

            if (problems.Count == before)
            {
                settings.TryGetValue("because", out string? because);
                settings.TryGetValue("alternative", out string? alternative);
                settings.TryGetValue("message", out string? message);
                rules.Add(new CatalogRule(
                    id,
                    title,
                    settings["kind"],
                    settings["name"],
                    severity!,
                    settings["category"],
                    helpBase + settings["help"],
                    (because ?? string.Empty) + ". " + (alternative ?? string.Empty),
                    message));
            }

            id = null;
            settings.Clear();
        }
    }
}
