using ChainOfCode.Runtime;

namespace ChainOfCode.Cli;

/// <summary>Runs a script in the chosen isolation: the runtime's in-process runner or the worker pool.</summary>
internal static class ScriptExecutor
{
    public const string Worker = "worker";
    public const string InProcess = "inprocess";

    public static string DefaultIsolation => InProcess;

    public static ScriptResult Run(string code, RunOptions options, string isolation)
    {
        if (isolation == Worker)
        {
            throw new UsageException("worker isolation is not available in this build; use --isolation inprocess.");
        }

        return new ScriptRunner().RunAsync(code, options).GetAwaiter().GetResult();
    }
}
