using System.CommandLine;

namespace ChainOfCode.Cli;

internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Command("run", "Gate and run one script.");
        run.SetAction(_ => { console.Error.WriteLine("coc: run is not available yet"); return ExitCodes.Usage; });
        return run;
    }
}
