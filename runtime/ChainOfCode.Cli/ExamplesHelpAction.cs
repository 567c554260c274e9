using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ChainOfCode.Cli;

/// <summary>The standard help followed by the command's examples.</summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction standard;

    public ExamplesHelpAction(HelpAction standard) => this.standard = standard;

    public override int Invoke(ParseResult parseResult)
    {
        int code = standard.Invoke(parseResult);
        string? examples = Examples.Get(parseResult.CommandResult.Command);
        if (examples is not null)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            output.WriteLine(examples.TrimEnd());
            output.WriteLine();
        }

        return code;
    }
}
