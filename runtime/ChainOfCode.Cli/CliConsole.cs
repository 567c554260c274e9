using System.IO;

namespace ChainOfCode.Cli;

/// <summary>The three streams a command may use; the tests pass their own.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error);
