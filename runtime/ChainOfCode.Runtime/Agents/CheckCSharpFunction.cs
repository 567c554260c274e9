using System;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Agents;

/// <summary>
/// <c>check_csharp</c>: the gate alone, in this process, one check at a time, within <see cref="ChainOfCodeToolOptions.CheckTimeout"/>;
/// answers with <see cref="GateResult.ToJson"/>. The script is compiled and analyzed, never run.
/// </summary>
internal sealed class CheckCSharpFunction : AIFunction
{
    /// <summary>
    /// Checks compile untrusted code in this process: one at a time, process-wide, so that a flood of costly scripts
    /// holds at most one thread of the host, and a check waiting its turn spends its own deadline.
    /// </summary>
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private readonly ChainOfCodeToolOptions options;

    public CheckCSharpFunction(ChainOfCodeToolOptions options)
    {
        this.options = options;
        Description = ToolDescriptions.Check(options);
        JsonSchema = ToolDescriptions.CheckSchema();
    }

    public override string Name => ChainOfCodeTools.CheckCSharpName;

    public override string Description { get; }

    public override JsonElement JsonSchema { get; }

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        string? code = ToolArguments.ReadCode(arguments, ToolArguments.CheckNames, out string? error);
        if (code is null)
        {
            return GateResult.Refused(error!).ToJson();
        }

        // The deadline lives as long as the compilation that observes it, which may outlast this call.
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.CheckTimeout == Timeout.InfiniteTimeSpan || options.CheckTimeout > TimeSpan.Zero)
        {
            deadline.CancelAfter(options.CheckTimeout);
        }
        else
        {
            // No time at all is spent before the check starts (CancelAfter would race a timer against the check).
            deadline.Cancel();
        }

        CancellationToken token = deadline.Token;
        try
        {
            await OneAtATime.WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            deadline.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            return TooCostly();
        }

        Task<GateResult> check = Task.Run(() => ScriptGate.Check(code, options.Gate, token), CancellationToken.None);

        // The next check starts when this compilation has really ended, not when its caller stopped waiting.
        _ = check.ContinueWith(
            finished =>
            {
                _ = finished.Exception;
                deadline.Dispose();
                OneAtATime.Release();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        try
        {
            GateResult verdict = await check.WaitAsync(token).ConfigureAwait(false);
            return verdict.ToJson();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TooCostly();
        }
    }

    private string TooCostly() => GateResult.Refused(
        $"The check did not finish within {options.CheckTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s; a script this costly to compile is refused.").ToJson();
}
