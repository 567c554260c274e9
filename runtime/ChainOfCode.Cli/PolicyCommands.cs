using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Cli;

/// <summary><c>coc policy show</c> and <c>coc policy validate</c>.</summary>
internal static class PolicyCommands
{
    public static Command Create(CliConsole console)
    {
        var policy = new Command("policy", "Show the effective rules, or validate a policy file.")
        {
            CreateShow(console),
            CreateValidate(console),
        };
        Examples.Attach(policy, """
              coc policy show
              coc policy show --format json --policy ChainOfCode.policy
              coc policy validate ChainOfCode.policy
            """);
        return policy;
    }

    private static Command CreateShow(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var policyFile = new Option<string?>("--policy") { Description = "A policy file to apply on top of the catalog." };
        var mode = new Option<string?>("--mode") { Description = "Show the rules in this mode." };
        mode.AcceptOnlyFromAmong("denylist", "allowlist");

        var show = new Command("show", "List the effective rules: ID, capability, severity and the symbols each covers.") { format, policyFile, mode };
        Examples.Attach(show, """
              coc policy show
              coc policy show --format json
              coc policy show --policy ChainOfCode.policy --mode allowlist
            """);
        show.SetAction(parse =>
        {
            (Policy effective, _) = PolicyLoader.Load(parse.GetValue(policyFile));
            PolicyMode? requested = PolicyLoader.ParseMode(parse.GetValue(mode));
            if (requested is { } m)
            {
                effective = effective.WithMode(m);
            }

            if (parse.GetValue(format) == "json")
            {
                WriteJson(console, effective);
            }
            else
            {
                WriteText(console, effective);
            }

            return ExitCodes.Success;
        });
        return show;
    }

    private static void WriteText(CliConsole console, Policy policy)
    {
        var output = console.Out;
        output.WriteLine($"mode: {PolicyLoader.ModeName(policy.Mode)}");
        foreach (Capability capability in policy.Capabilities)
        {
            output.WriteLine();
            string state = capability.IsEnabled ? string.Empty : " (off)";
            output.WriteLine($"{capability.Id}  {capability.Title}  {PolicyLoader.SeverityName(capability.Severity)}{state}");
            foreach (string feature in capability.Features)
            {
                output.WriteLine($"    feature: {feature}");
            }

            foreach (PolicyEntry entry in capability.Entries)
            {
                output.WriteLine($"    {entry.DocumentationId}");
            }

            if (capability.Id == RuleIds.OutsideAllowedSurface)
            {
                output.WriteLine($"    allowed surface: {policy.AllowedSurface.Length} entries (coc policy show --format json lists them)");
            }
        }
    }

    private static void WriteJson(CliConsole console, Policy policy)
    {
        JsonText.Write(console.Out, indented: true, json => WriteJson(json, policy));
    }

    /// <summary>The effective rules as JSON (<c>coc policy show --format json</c>, and the rules resource of <c>coc mcp</c>).</summary>
    internal static void WriteJson(Utf8JsonWriter json, Policy policy)
    {
        json.WriteStartObject();
        json.WriteString("mode", PolicyLoader.ModeName(policy.Mode));
        json.WriteStartArray("rules");
        foreach (Capability capability in policy.Capabilities)
        {
            json.WriteStartObject();
            json.WriteString("id", capability.Id);
            json.WriteString("capability", capability.Title);
            json.WriteString("severity", PolicyLoader.SeverityName(capability.Severity));
            json.WriteBoolean("enabled", capability.IsEnabled);
            json.WriteString("alternative", capability.Alternative);
            json.WriteString("helpUri", capability.HelpLink);
            json.WriteStartArray("features");
            foreach (string feature in capability.Features)
            {
                json.WriteStringValue(feature);
            }

            json.WriteEndArray();
            json.WriteStartArray("symbols");
            foreach (PolicyEntry entry in capability.Entries)
            {
                json.WriteStringValue(entry.DocumentationId);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("allowedSurface");
        foreach (PolicyEntry entry in policy.AllowedSurface)
        {
            json.WriteStringValue(entry.DocumentationId);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static Command CreateValidate(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The policy file (ChainOfCode.policy or BannedSymbols.txt format)." };
        var validate = new Command("validate", "Report policy lines that do not parse (COC0090), name no symbol (COC0091) or repeat another (COC0092). Exit 1 when there is any.") { file };
        Examples.Attach(validate, """
              coc policy validate ChainOfCode.policy
              coc policy validate BannedSymbols.txt
            """);
        validate.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            (Policy policy, _) = PolicyLoader.Load(path);
            List<PolicyProblem> problems = PolicyLoader.Problems(policy);
            foreach (PolicyProblem problem in problems)
            {
                console.Out.WriteLine(PolicyLoader.Describe(path, problem));
            }

            int entries = policy.UserEntries.Length;
            console.Out.WriteLine(problems.Count == 0
                ? $"{path}: valid ({entries} entries)"
                : $"{path}: {problems.Count} problem(s) in {entries} entries");
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;
        });
        return validate;
    }
}
