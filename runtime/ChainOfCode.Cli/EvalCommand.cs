using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Runtime.Chain;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Cli;

/// <summary>
/// <c>coc eval PROGRAM.csx --data TASK.json [--emulator REPLIES.json] [--json]</c>: runs one program over
/// every example of a dataset on warm workers, prints each wrong example and, last, <c>accuracy: K/N (P%)</c>.
/// Exit 0 only when every answer is right; 2 otherwise; 64 for usage or input problems.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console, WorkerPool? sharedPool)
    {
        var file = new Argument<string>("PROGRAM") { Description = "The Chain-of-Code program (.csx); it reads the question from Input and returns its answer." };
        var data = new Option<string>("--data") { Description = "The dataset: {\"examples\": [{\"input\": \"...\", \"target\": \"...\"}]} (BIG-Bench Hard format).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: examples, correct, accuracy, medianMs, medianCpuMs, emulatorCalls and the wrong examples." };
        var shared = new ChainCommandOptions();
        var command = new Command("eval", "Run a Chain-of-Code program over a dataset and score its answers. Exit 0 only at 100%; 2 otherwise; 64: usage.")
        {
            file, data, json,
        };
        shared.AddTo(command);
        Examples.Attach(command, """
              coc eval samples/chain-of-code/word_sorting.csx --data samples/chain-of-code/bbh/word_sorting.json
              coc eval samples/chain-of-code/object_counting.csx --data samples/chain-of-code/bbh/object_counting.json --emulator samples/chain-of-code/object_counting.replies.json
            """);

        command.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(file)!;
            string program = PolicyLoader.ReadProgram(path, "program");
            string dataPath = parse.GetValue(data)!;
            IReadOnlyList<EvalExample> examples = EvalDataset.Parse(PolicyLoader.ReadText(dataPath, "data file"), dataPath);
            IEmulator emulator = shared.Emulator(parse);
            // An evaluation prints answers, not traces: the runs keep none (a trace costs time on every line).
            ChainOptions options = shared.Options(parse) with { MaxTraceEntries = 0 };

            List<EvalOutcome> outcomes = await shared.WithRunnerAsync(parse, sharedPool, examples.Count, runner =>
                RunAllAsync(runner, program, examples, emulator, options, cancellationToken)).ConfigureAwait(false);

            EvalReport.Write(console.Out, outcomes, parse.GetValue(json), path, dataPath);
            return outcomes.All(o => o.Correct) && !cancellationToken.IsCancellationRequested ? ExitCodes.Success : ExitCodes.RunFailed;
        });
        return command;
    }

    private static async Task<List<EvalOutcome>> RunAllAsync(ChainOfCodeRunner runner, string program, IReadOnlyList<EvalExample> examples, IEmulator emulator, ChainOptions options, CancellationToken cancellationToken)
    {
        var outcomes = new List<EvalOutcome>(examples.Count);
        for (int i = 0; i < examples.Count; i++)
        {
            EvalExample example = examples[i];
            long start = Stopwatch.GetTimestamp();
            ChainResult result = await runner.RunAsync(program, example.Input, emulator, options, cancellationToken).ConfigureAwait(false);
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            string? answer = EvalDataset.Answer(result.Value, result.Output);
            outcomes.Add(new EvalOutcome(i + 1, example, answer, result, elapsed, EvalDataset.Matches(answer, example) && result.Status == Runtime.ScriptStatus.Succeeded));
        }

        return outcomes;
    }
}

/// <summary>One example's run: what the program answered, how the run ended, and how long it took.</summary>
internal sealed record EvalOutcome(int Index, EvalExample Example, string? Answer, ChainResult Result, TimeSpan Elapsed, bool Correct);
