using System.CommandLine;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Chain;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Cli;

/// <summary>
/// <c>coc chain PROGRAM.csx --question "..." [--emulator REPLIES.json] [--trace] [--json]</c>: runs one
/// Chain-of-Code program. Exit codes as for <c>coc run</c>: 0 succeeded, 1 rejected or compile_error,
/// 2 any other status (emulation_failed included), 64 usage or input problems.
/// </summary>
internal static class ChainCommand
{
    public static Command Create(CliConsole console, WorkerPool? sharedPool)
    {
        var file = new Argument<string>("PROGRAM") { Description = "The Chain-of-Code program (.csx); it reads the question from Input." };
        var question = new Option<string>("--question") { Description = "The question, the program's text input.", Required = true };
        var trace = new Option<bool>("--trace") { Description = "Print each executed or emulated line with what it changed." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: the run's result with emulatorCalls, traceTruncated and trace." };
        var shared = new ChainCommandOptions();
        var command = new Command("chain", "Run a Chain-of-Code program: lines the interpreter cannot run (undefined functions, statements that throw) are answered by the emulator. Exit 0: succeeded; 1: rejected or compile_error; 2: any other status; 64: usage.")
        {
            file, question, trace, json,
        };
        shared.AddTo(command);
        Examples.Attach(command, """
              coc chain samples/chain-of-code/object_counting.csx --question "I have a violin and a pear. How many musical instruments do I have?" --emulator replies.json --trace
              coc chain samples/chain-of-code/navigate.csx --question "$(cat question.txt)" --json
            """);

        command.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(file)!;
            string program = PolicyLoader.ReadProgram(path, "program");
            IEmulator emulator = shared.Emulator(parse);
            ChainOptions options = shared.Options(parse);
            ChainResult result = await shared.WithRunnerAsync(parse, sharedPool, 1, runner =>
                runner.RunAsync(program, parse.GetValue(question)!, emulator, options, cancellationToken)).ConfigureAwait(false);

            if (parse.GetValue(json))
            {
                console.Out.WriteLine(result.ToJson());
            }
            else
            {
                ChainReport.Write(console.Out, path, result, options.Run.Limits, parse.GetValue(trace), shared.PolicyPath(parse), options.Run.Gate.Policy);
            }

            return RunCommand.ExitCode(result.Status);
        });
        return command;
    }
}
