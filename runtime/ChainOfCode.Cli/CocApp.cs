using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;

namespace ChainOfCode.Cli;

/// <summary>
/// The entry point of the <c>coc</c> tool. Every command writes only to the writers it is given, so the
/// tests run the real entry point in-process without touching <see cref="Console"/>.
/// </summary>
public static class CocApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, System.Threading.CancellationToken cancellationToken = default) =>
        Run(args, stdin, stdout, stderr, sharedPool: null, cancellationToken);

    /// <summary>As <see cref="Run(string[], TextReader, TextWriter, TextWriter, System.Threading.CancellationToken)"/>; <c>chain</c> and <c>eval</c> in worker isolation use <paramref name="sharedPool"/> when given (tests keep one warm).</summary>
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, Runtime.Isolation.WorkerPool? sharedPool, System.Threading.CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = new CliConsole(stdin, stdout, stderr);
        RootCommand root = BuildRoot(console, sharedPool);
        ParseResult parse = root.Parse(args);

        bool helpRequested = parse.Action is HelpAction or ExamplesHelpAction;

        // An unknown option before the file (`coc run --bogus x.csx`) is taken as the file, and the parser then names the
        // file as the unrecognized token: name the option instead.
        string? unknownOption = parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .FirstOrDefault(v => v.Length > 2 && v.StartsWith("--", StringComparison.Ordinal));
        if (unknownOption is not null && !helpRequested)
        {
            stderr.WriteLine("coc: Unrecognized command or argument '" + unknownOption + "'. (see 'coc " + CommandPath(parse) + "--help')");
            return ExitCodes.Usage;
        }

        if (parse.Errors.Count > 0 && !helpRequested)
        {
            // "Required command was not provided" hides the more useful "Unrecognized command or argument".
            var error = parse.Errors.OrderBy(e => e.Message.StartsWith("Required command", StringComparison.Ordinal) ? 1 : 0).First();
            stderr.WriteLine("coc: " + OneLine(error.Message) + " (see 'coc " + CommandPath(parse) + "--help')");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.InvokeAsync(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,

                // Program.Main owns Ctrl+C and SIGTERM and passes them in as the token.
                ProcessTerminationTimeout = null,
            }, cancellationToken).GetAwaiter().GetResult();
        }
        catch (UsageException e)
        {
            stderr.WriteLine("coc: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("coc: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (IsolationUnavailableException e)
        {
            stderr.WriteLine("coc: " + e.Message);
            return ExitCodes.IsolationUnavailable;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine("coc: internal error: " + OneLine(e.Message));
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The command tree, wired to <paramref name="console"/>.</summary>
    internal static RootCommand BuildRoot(CliConsole console, Runtime.Isolation.WorkerPool? sharedPool = null)
    {
        var root = new RootCommand("coc: check C# code and Chain of Code scripts against the capability rules, run scripts under guards, and run and evaluate Chain-of-Code programs.")
        {
            CheckCommand.Create(console),
            RunCommand.Create(console),
            ChainCommand.Create(console, sharedPool),
            EvalCommand.Create(console, sharedPool),
            McpCommand.Create(console),
            PolicyCommands.Create(console),
        };

        Examples.Attach(root, """
              coc check src/ samples/scripts/
              coc check --format sarif src/ > coc.sarif
              coc run samples/scripts/word_sorting.csx
              echo 'return 6 * 7;' | coc run - --json
              coc eval samples/chain-of-code/navigate.csx --data samples/chain-of-code/bbh/navigate.json
              coc policy show
            """);

        foreach (Option option in root.Options)
        {
            if (option is HelpOption help && help.Action is HelpAction standard)
            {
                help.Action = new ExamplesHelpAction(standard);
            }
        }

        return root;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = parse.CommandResult.Command is RootCommand
            ? Enumerable.Empty<string>()
            : Ancestry(parse.CommandResult);
        string path = string.Join(" ", names);
        return path.Length == 0 ? string.Empty : path + " ";
    }

    private static System.Collections.Generic.IEnumerable<string> Ancestry(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new System.Collections.Generic.List<string>();
        for (System.CommandLine.Parsing.SymbolResult? current = result; current is System.CommandLine.Parsing.CommandResult command && command.Command is not RootCommand; current = current.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return names;
    }

    internal static string OneLine(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
