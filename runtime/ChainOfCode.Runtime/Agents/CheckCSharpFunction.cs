using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Agents;

/// <summary>
/// <c>check_csharp</c>: the gate alone, in this process, within <see cref="ChainOfCodeToolOptions.CheckTimeout"/>;
/// answers with <see cref="GateResult.ToJson"/>. The script is compiled and analyzed, never run.
/// </summary>
internal sealed class CheckCSharpFunction : AIFunction
{
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

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.CheckTimeout);
        try
        {
            // The wait is bounded even if the compiler were slow to observe the cancellation.
            GateResult verdict = await Task.Run(() => ScriptGate.Check(code, options.Gate, deadline.Token), deadline.Token)
                .WaitAsync(options.CheckTimeout + TimeSpan.FromSeconds(1), cancellationToken)
                .ConfigureAwait(false);
            return verdict.ToJson();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is OperationCanceledException or TimeoutException)
        {
            return GateResult.Refused($"The check did not finish within {options.CheckTimeout.TotalSeconds:0.###} s; a script this costly to compile is refused.").ToJson();
        }
    }
}
