using System;
using ChainOfCode.Runtime.Isolation;
using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Agents;

/// <summary>
/// Agent tools for Microsoft.Extensions.AI: <c>run_csharp</c> (run a model-written C# script and answer with the run's
/// JSON result, exactly what <c>coc run --json</c> prints) and <c>check_csharp</c> (the gate's verdict without running).
/// A rejection or a limit hit is a normal result the model reads and acts on, never an exception that ends the agent loop.
/// </summary>
public static class ChainOfCodeTools
{
    /// <summary>The name of the run tool, as the model sees it.</summary>
    public const string RunCSharpName = "run_csharp";

    /// <summary>The name of the check tool, as the model sees it.</summary>
    public const string CheckCSharpName = "check_csharp";

    /// <summary>
    /// The run tool on a worker pool: every run goes through the gate, the guards and a worker process with hard
    /// operating-system limits. The pool belongs to the caller (share one warm pool across conversations; dispose it at the end).
    /// </summary>
    /// <param name="pool">The pool that runs the scripts.</param>
    /// <param name="options">The most a run may use, the rules, the budget. Default: <see cref="ChainOfCodeToolOptions.Default"/>.</param>
    public static AIFunction CreateRunCSharp(WorkerPool pool, ChainOfCodeToolOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        options ??= ChainOfCodeToolOptions.Default;
        string caller = options.CallerId;
        return new RunCSharpFunction(
            (code, runOptions, cancellationToken) => pool.RunAsync(code, runOptions, caller, cancellationToken),
            () => pool.Isolation.Label,
            options);
    }

    /// <summary>
    /// The run tool in this process, under the guards only. The guards are defense in depth, not an isolation
    /// boundary: use this for trusted code and tests, and <see cref="CreateRunCSharp(WorkerPool, ChainOfCodeToolOptions?)"/> for a model's code.
    /// </summary>
    /// <param name="runner">The in-process runner.</param>
    /// <param name="options">The most a run may use, the rules, the budget. Default: <see cref="ChainOfCodeToolOptions.Default"/>.</param>
    public static AIFunction CreateRunCSharpInProcess(ScriptRunner runner, ChainOfCodeToolOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new RunCSharpFunction(runner.RunAsync, () => "inprocess", options ?? ChainOfCodeToolOptions.Default);
    }

    /// <summary>
    /// The check tool: the gate's verdict (<c>accepted</c>, <c>rejected</c>, <c>compile_error</c>) and its diagnostics with
    /// their safe alternatives, as JSON. It compiles and analyzes the script in this process and never runs it.
    /// </summary>
    /// <param name="options">The rules (<see cref="ChainOfCodeToolOptions.Gate"/>) and the check's deadline. Default: <see cref="ChainOfCodeToolOptions.Default"/>.</param>
    public static AIFunction CreateCheckCSharp(ChainOfCodeToolOptions? options = null) =>
        new CheckCSharpFunction(options ?? ChainOfCodeToolOptions.Default);
}
