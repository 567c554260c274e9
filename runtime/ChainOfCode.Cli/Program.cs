namespace ChainOfCode.Cli;

internal static class Program
{
    private static int Main(string[] args) => CocApp.Run(args, System.Console.In, System.Console.Out, System.Console.Error);
}
