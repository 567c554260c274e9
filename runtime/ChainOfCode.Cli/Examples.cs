using System.CommandLine;
using System.Runtime.CompilerServices;

namespace ChainOfCode.Cli;

/// <summary>The examples section that <c>--help</c> prints after System.CommandLine's own help.</summary>
internal static class Examples
{
    private static readonly ConditionalWeakTable<Command, string> Table = new();

    public static void Attach(Command command, string examples) => Table.AddOrUpdate(command, examples);

    public static string? Get(Command command) => Table.TryGetValue(command, out string? text) ? text : null;
}
