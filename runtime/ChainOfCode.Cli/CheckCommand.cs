using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ChainOfCode.Analyzers;
using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Cli;

/// <summary><c>coc check PATH... [--format text|json|sarif] [--policy FILE] [--mode denylist|allowlist] [--file-timeout 30s]</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = ".cs and .csx files, or directories to search recursively.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (file(line,col): error COC0001: message), json or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var policyFile = new Option<string?>("--policy") { Description = "A policy file (ChainOfCode.policy format) applied on top of the catalog." };
        var mode = new Option<string?>("--mode") { Description = "denylist or allowlist. Default: the policy file's mode, else denylist for .cs and allowlist for .csx." };
        mode.AcceptOnlyFromAmong("denylist", "allowlist");
        var fileTimeout = new Option<TimeSpan?>("--file-timeout")
        {
            Description = $"Deadline of each file's check: 10s, 2m. A file the compiler cannot finish in time fails the check ({Checker.UncheckedId}) and the other files are still checked. Default {Checker.DefaultFileTimeout.TotalSeconds:0}s.",
            CustomParser = r => RunCommand.Parse(r, ValueParsers.ParseDuration),
        };

        var check = new Command("check", "Check .cs and .csx files against the rules. Exit 0: no error; 1: an error diagnostic; 64: usage or input problem.")
        {
            paths, format, policyFile, mode, fileTimeout,
        };
        Examples.Attach(check, """
              coc check src/
              coc check samples/scripts/ --format json
              coc check src/ --format sarif > coc.sarif
              coc check Program.cs --policy ChainOfCode.policy --mode allowlist
            """);
        // Asynchronous so that Ctrl+C and SIGTERM cancel the token: the check stops at once, abandoning a file
        // the compiler is stuck on (its thread is a background thread; coc exits without it).
        check.SetAction(async (parse, cancellationToken) =>
        {
            await System.Threading.Tasks.Task.Yield();
            string? policyPath = parse.GetValue(policyFile);
            (Policy policy, PolicyDocument? document) = PolicyLoader.Load(policyPath);
            PolicyMode? explicitMode = PolicyLoader.ParseMode(parse.GetValue(mode));
            IReadOnlyList<string> files = Checker.CollectFiles(parse.GetValue(paths)!);

            var diagnostics = new List<CheckDiagnostic>();
            if (document is not null)
            {
                diagnostics.AddRange(policy.Problems.Select(p => new CheckDiagnostic(
                    policyPath!,
                    p.RuleId,
                    PolicyLoader.SeverityName(RuleDescriptors.Get(p.RuleId).DefaultSeverity),
                    p.Message,
                    p.Source.Line,
                    1)));
            }

            // The policy file's own problems first, then the files'; a policy problem the gate repeats with a script's
            // verdict (and COC0091, which only the gate resolves) is at the policy file too, each once.
            diagnostics = diagnostics
                .Concat(Checker.Check(files, policy, explicitMode, document?.Mode is not null, parse.GetValue(fileTimeout) ?? Checker.DefaultFileTimeout, cancellationToken, policyPath))
                .DistinctBy(d => d.File == policyPath ? (d.File, d.Id, d.Line, string.Empty) : (d.File, d.Id, d.Line, d.Column + " " + d.Message)) // the gate's copy of a message is sanitized
                .OrderBy(d => d.File == policyPath ? 0 : 1)
                .ThenBy(d => d.File == policyPath ? d.Line : 0)
                .ToList();

            switch (parse.GetValue(format))
            {
                case "json":
                    CheckReport.WriteJson(console.Out, files.Count, diagnostics);
                    break;
                case "sarif":
                    CheckReport.WriteSarif(console.Out, diagnostics);
                    break;
                default:
                    CheckReport.WriteText(console.Out, files.Count, diagnostics);
                    break;
            }

            return diagnostics.Any(d => d.IsError) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return check;
    }
}
