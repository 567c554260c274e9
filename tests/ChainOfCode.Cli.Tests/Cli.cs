using System.Text;
using ChainOfCode.Cli;

namespace ChainOfCode.Cli.Tests;

/// <summary>Runs the real entry point in-process with its own writers (no Console redirection, no races).</summary>
internal static class Cli
{
    /// <summary>
    /// The <c>--timeout</c> of a run whose test proves something other than the deadline. A run's deadline counts its
    /// compile, which takes tens of seconds to minutes on a loaded machine (round 14: the 5 s default answered
    /// <c>timeout</c> at load 60-78); this one is as long as the test step's hang limit (5 min), so such a test's outcome
    /// never depends on the machine's speed.
    /// </summary>
    public const string Deadline = "5m";

    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliResult RunWithInput(string stdin, params string[] args) => RunCancellable(stdin, CancellationToken.None, args);

    public static CliResult RunCancellable(string stdin, CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var error = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        int code = CocApp.Run(args, new StringReader(stdin), output, error, cancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs coc with a warm worker pool for <c>chain</c> and <c>eval</c> (as the host would share one).</summary>
    public static CliResult RunWithPool(ChainOfCode.Runtime.Isolation.WorkerPool pool, params string[] args)
    {
        var output = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var error = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        int code = CocApp.Run(args, new StringReader(string.Empty), output, error, pool, CancellationToken.None);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>The Chain-of-Code programs, replies and BIG-Bench Hard data copied next to the tests.</summary>
    public static string ChainOfCode => Path.Combine(AppContext.BaseDirectory, "samples", "chain-of-code");

    /// <summary>The sample scripts copied next to the tests.</summary>
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples", "scripts");

    public static string Sample(string name) => Path.Combine(Samples, name);

    public static string Hostile(string name) => Path.Combine(Samples, "hostile", name);
}
