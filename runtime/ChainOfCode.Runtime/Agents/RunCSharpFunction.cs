using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Agents;

/// <summary>
/// <c>run_csharp</c>: reads the call, holds it to the tool's maximums and budget, runs it (worker pool or in-process
/// runner) and answers with <see cref="ScriptResult.ToJson"/>, the very text <c>coc run --json</c> prints.
/// </summary>
internal sealed class RunCSharpFunction : AIFunction
{
    private readonly Func<string, RunOptions, CancellationToken, Task<ScriptResult>> run;
    private readonly Func<string> isolation;
    private readonly ChainOfCodeToolOptions options;
    private long calls;

    public RunCSharpFunction(Func<string, RunOptions, CancellationToken, Task<ScriptResult>> run, Func<string> isolation, ChainOfCodeToolOptions options)
    {
        this.run = run;
        this.isolation = isolation;
        this.options = options;
        Description = ToolDescriptions.Run(options);
        JsonSchema = ToolDescriptions.RunSchema(options.Limits);
    }

    public override string Name => ChainOfCodeTools.RunCSharpName;

    public override string Description { get; }

    public override JsonElement JsonSchema { get; }

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        ScriptResult result = await RunAsync(arguments, cancellationToken).ConfigureAwait(false);
        return result.ToJson();
    }

    private async Task<ScriptResult> RunAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        ToolRequest? request = ToolArguments.ReadRun(arguments, options.Limits, out string? error);
        if (request is null)
        {
            return Refused(ScriptStatus.Rejected, error!);
        }

        // Counted when admitted, so a flood of calls cannot slip past the budget between the check and the run.
        if (options.MaxRuns is int budget && Interlocked.Increment(ref calls) > budget)
        {
            return Refused(ScriptStatus.RunBudgetExhausted, $"The budget of {budget} runs is spent; nothing ran. Answer with what the earlier runs gave.");
        }

        var runOptions = new RunOptions
        {
            Gate = options.Gate,
            Limits = request.Limits,
            InputLimits = options.InputLimits,
            ArgsJson = request.ArgsJson,
        };
        return await run(request.Code, runOptions, cancellationToken).ConfigureAwait(false);
    }

    private ScriptResult Refused(ScriptStatus status, string message) =>
        new() { Status = status, Error = MessageSanitizer.Sanitize(message), Isolation = isolation() };
}
