using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Text.Json;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Runtime;

namespace ChainOfCode.Cli;

/// <summary>
/// <c>coc run FILE|- [--json] [--timeout 5s] [--memory 100MB] [--max-output N] [--max-steps N] [--max-depth N]
/// [--isolation worker|inprocess] [--policy FILE] [--input FILE.json] [--log FILE] [worker options]</c>.
/// Exit 0 for succeeded, 1 for rejected/compile_error, 2 for any other status, 64 for usage or input problems,
/// 69 when the worker cannot get the isolation asked for.
/// </summary>
internal static class RunCommand
{
    public const string StdinName = "<stdin>";

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The script (.csx), or - to read it from standard input." };
        var json = new Option<bool>("--json") { Description = "Print exactly one JSON object: status, value, output, error, diagnostics, usage, isolation." };
        var timeout = new Option<TimeSpan?>("--timeout")
        {
            Description = "Wall-clock limit of the run: 500ms, 5s, 1m. Default 5s.",
            CustomParser = r => Parse(r, ValueParsers.ParseDuration),
        };
        var memory = new Option<long?>("--memory")
        {
            Description = "Memory the script may allocate: 64MB, 1GB or bytes. Default 256MB.",
            CustomParser = r => Parse(r, ValueParsers.ParseSize),
        };
        var maxOutput = new Option<long?>("--max-output")
        {
            Description = "Characters of output kept; more ends the run with output_limit. Default 100000.",
            CustomParser = r => Parse(r, ValueParsers.ParseSize),
        };
        var maxSteps = new Option<long?>("--max-steps")
        {
            Description = "Checkpoints (loop iterations and calls) the script may pass; more ends the run with timeout. Default 50000000.",
            CustomParser = r => Parse(r, (string text, out string? error) => ValueParsers.ParseCount(text, long.MaxValue, out error)),
        };
        var maxDepth = new Option<long?>("--max-depth")
        {
            Description = $"Deepest call depth of the script's own methods and lambdas; deeper ends the run with recursion_limit. Default {RunLimits.Default.MaxDepth}.",
            CustomParser = r => Parse(r, (string text, out string? error) => ValueParsers.ParseCount(text, 1_000_000, out error)),
        };
        var log = new Option<string?>("--log") { Description = "Append the run's security events to FILE as JSON lines: time, event, severity, details (and eventId, runId, status, rules)." };
        var isolation = new Option<string?>("--isolation") { Description = $"worker (a separate process with OS limits) or inprocess (guards only). Default: {ScriptExecutor.DefaultIsolation}." };
        isolation.AcceptOnlyFromAmong(ScriptExecutor.Worker, ScriptExecutor.InProcess);
        var policyFile = new Option<string?>("--policy") { Description = "A policy file applied on top of the catalog (allowlist mode unless the file names a mode)." };
        var input = new Option<string?>("--input") { Description = "A JSON object file whose properties the script reads as Args[\"name\"]." };

        WorkerOptions worker = WorkerOptions.Create();
        var run = new Command("run", "Gate and run one script under guards. Exit 0: succeeded; 1: rejected or compile_error; 2: any other status; 64: usage or input problem; 69: the worker isolation asked for is not available.")
        {
            file, json, timeout, memory, maxOutput, maxSteps, maxDepth, isolation, policyFile, input, log,
        };
        worker.AddTo(run);
        Examples.Attach(run, """
              coc run samples/scripts/word_sorting.csx
              coc run samples/scripts/multistep_arithmetic.csx --input args.json --json
              echo 'return 6 * 7;' | coc run - --json
              coc run untrusted.csx --timeout 500ms --memory 64MB --max-output 10000 --isolation worker
              coc run untrusted.csx --max-steps 1000000 --max-depth 200 --cpu-quota 50% --log incidents.jsonl
            """);

        // Asynchronous so that Ctrl+C cancels the token: the run ends as "killed" and a worker is killed with it.
        run.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(file)!;
            string code = path == "-" ? PolicyLoader.ReadStandardInput(console.In) : PolicyLoader.ReadProgram(path, "script");
            string? argsJson = ReadArgs(parse.GetValue(input));

            RunLimits limits = RunLimits.Default;
            if (parse.GetValue(timeout) is { } t)
            {
                limits = limits with { Timeout = t };
            }

            if (parse.GetValue(memory) is { } m)
            {
                limits = limits with { MaxAllocatedBytes = m };
            }

            if (parse.GetValue(maxOutput) is { } o)
            {
                limits = limits with { MaxOutputChars = (int)Math.Min(o, int.MaxValue) };
            }

            if (parse.GetValue(maxSteps) is { } steps)
            {
                limits = limits with { MaxSteps = steps };
            }

            if (parse.GetValue(maxDepth) is { } depth)
            {
                limits = limits with { MaxDepth = (int)depth };
            }

            // The script default (allowlist unless the file names a mode) is the runtime's own rule.
            GateOptions gate = parse.GetValue(policyFile) is { } policyPath
                ? GateOptions.FromPolicyText(PolicyLoader.ReadText(policyPath, "policy file"), policyPath)
                : GateOptions.Default;

            var options = new RunOptions { Gate = gate, Limits = limits, ArgsJson = argsJson };
            string mode = parse.GetValue(isolation) ?? ScriptExecutor.DefaultIsolation;
            WorkerSettings settings = worker.Read(parse, mode);
            ScriptResult result;
            using (IncidentLog? incidents = parse.GetValue(log) is { } logPath ? IncidentLog.Open(logPath) : null)
            {
                result = await ScriptExecutor.RunAsync(code, options, mode, settings, incidents?.Sink, cancellationToken).ConfigureAwait(false);
            }

            if (parse.GetValue(json))
            {
                console.Out.WriteLine(result.ToJson());
            }
            else
            {
                RunReport.Write(console.Out, path == "-" ? StdinName : path, result, limits, parse.GetValue(policyFile), gate.Policy);
            }

            return ExitCode(result.Status);
        });
        return run;
    }

    public static int ExitCode(ScriptStatus status) => status switch
    {
        ScriptStatus.Succeeded => ExitCodes.Success,
        ScriptStatus.Rejected or ScriptStatus.CompileError => ExitCodes.Findings,

        // Refused by a worker pool before anything ran (queue_full, caller_suspended) or any status after a run.
        ScriptStatus.QueueFull or ScriptStatus.CallerSuspended => ExitCodes.RunFailed,
        _ => ExitCodes.RunFailed,
    };

    /// <summary>Parses an option's one token with <paramref name="parse"/>, reporting its error on the option.</summary>
    internal static T? Parse<T>(ArgumentResult result, ParseValue<T> parse)
        where T : struct
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        T? value = parse(text, out string? error);
        if (error is not null)
        {
            result.AddError($"{OptionName(result)}: {error}");
        }

        return value;
    }

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : "value";

    private static string? ReadArgs(string? path)
    {
        if (path is null)
        {
            return null;
        }

        string text = PolicyLoader.ReadText(path, "input file");
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"input file '{path}' must hold a JSON object (its properties become Args), not {document.RootElement.ValueKind switch { JsonValueKind.Array => "an array", JsonValueKind.String => "a string", JsonValueKind.Number => "a number", JsonValueKind.Null => "null", _ => "true or false" }}.");
            }
        }
        catch (JsonException e)
        {
            throw new UsageException($"input file '{path}' is not valid JSON: {CocApp.OneLine(e.Message)}");
        }

        return text;
    }

    internal delegate T? ParseValue<T>(string text, out string? error)
        where T : struct;
}
