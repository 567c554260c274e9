using System;
using System.Diagnostics;
using System.Threading;
using ChainOfCode.Analyzers.Scripts;
using ChainOfCode.Runtime.Chain;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Runtime;

/// <summary>
/// The path of a script, in order: gate → guard rewrite → emit → execute → result. The first three run
/// once per (options, code) and are cached; the last two run on the run's own thread, every time.
/// </summary>
internal static class ScriptPipeline
{
    /// <summary>Runs one script to its result (called on the run's thread).</summary>
    public static ScriptResult Run(ScriptRun run)
    {
        var clock = Stopwatch.StartNew();
        long cpuStart = ThreadCpuTime.NowMilliseconds();
        ArgsShape? shape = ArgsShape.Parse(run.Options.ArgsShape);
        if (shape is null && run.Options.ArgsShape is not null)
        {
            return new ScriptResult { Status = ScriptStatus.Rejected, Error = "The typed inputs' shape (RunOptions.ArgsShape) is not a shape the gate can read." };
        }

        CompiledScript compiled;
        try
        {
            compiled = run.Chain is null
                ? Compile(run.Code, run.Options.Gate, run.CompileToken, run.Options.Vetted, shape)
                : ChainCompiler.Compile(run.Code, run.Options.Gate, run.CompileToken);
        }
        catch (OperationCanceledException) when (run.CancellationToken.IsCancellationRequested)
        {
            return new ScriptResult { Status = ScriptStatus.Killed, Error = "The run was cancelled." };
        }
        catch (OperationCanceledException) when (run.CompileToken.IsCancellationRequested)
        {
            // Compile time counts against the run: exponential overload resolution, generic expansion.
            return new ScriptResult { Status = ScriptStatus.Timeout, Error = "The compiler did not finish the script within the run's deadline." };
        }

        GateResult verdict = compiled.Verdict;
        if (!verdict.IsAccepted)
        {
            return new ScriptResult { Status = verdict.RefusalStatus, Error = verdict.Error, Diagnostics = verdict.Diagnostics };
        }

        if (compiled.EmitError is not null)
        {
            return new ScriptResult { Status = ScriptStatus.Crashed, Error = compiled.EmitError, Diagnostics = verdict.Diagnostics };
        }

        ScriptGuard guard = run.AttachGuard(compiled.StartsThreads);
        ChainSession? session = compiled.Chain is { } plan ? run.Chain!.Start(plan, guard, run.Globals.Input) : null;
        ExecutionOutcome outcome = ScriptInvoker.Invoke(compiled, guard, session, run);
        return Result(outcome, guard, verdict, clock, cpuStart);
    }

    /// <summary>Gate, guard rewrite and emit, cached by options and code.</summary>
    /// <remarks>A <paramref name="vetted"/> script (its build's hash and fingerprint matched) skips the gate's analysis.</remarks>
    /// <remarks>With a <paramref name="shape"/>, the typed inputs' declarations follow the script (cached apart).</remarks>
    public static CompiledScript Compile(string code, GateOptions options, CancellationToken cancellationToken, bool vetted = false, ArgsShape? shape = null) =>
        CompiledScriptCache.GetOrAdd(
            shape is null ? code : code + "\0" + shape.ScriptDeclarations(),
            options,
            () => CompileUncached(code, options, vetted, shape, cancellationToken),
            cancellationToken,
            vetted: vetted);

    /// <remarks>
    /// The image is emitted without its PDB; a failing run's line comes from a PDB compiled when first asked
    /// (<paramref name="withSymbols"/>: that compile, which skips the analysis the script already passed).
    /// </remarks>
    private static CompiledScript CompileUncached(string code, GateOptions options, bool vetted, ArgsShape? shape, CancellationToken cancellationToken, bool withSymbols = false)
    {
        GateResult verdict = vetted ? ScriptGate.CheckVetted(code, options, shape, cancellationToken) : ScriptGate.Check(code, options, shape, cancellationToken);
        if (!verdict.IsAccepted)
        {
            return CompiledScript.Refused(verdict);
        }

        SemanticModel model = verdict.Model ?? verdict.Compilation!.GetSemanticModel(verdict.Tree!);
        bool startsThreads = options.StartsThreads(model, cancellationToken);
        CSharpCompilation guarded = GuardRewriter.Apply(verdict.Compilation!, verdict.Tree!, cancellationToken, options.Policy, model, startsThreads);
        bool usesSerializer = SerializerCaches.IsNamedIn(verdict.Tree!, options.Policy, cancellationToken);
        return ScriptEmitter.Emit(
            guarded,
            verdict.WithoutCompilation(),
            usesSerializer,
            cancellationToken,
            withSymbols ? null : () => CompileUncached(code, options, vetted: true, shape, CancellationToken.None, withSymbols: true)).WithThreads(startsThreads);
    }

    private static ScriptResult Result(ExecutionOutcome outcome, ScriptGuard guard, GateResult verdict, Stopwatch clock, long cpuStart)
    {
        guard.MeasureAllocation();
        guard.SampleHeap();
        long cpuEnd = ThreadCpuTime.NowMilliseconds();
        long wall = (long)clock.Elapsed.TotalMilliseconds;
        return new ScriptResult
        {
            Status = outcome.Status,
            Value = outcome.Value,
            Output = guard.Out.ToString(),
            Error = outcome.Error is null ? null : MessageSanitizer.Sanitize(outcome.Error),
            Diagnostics = verdict.Diagnostics,
            Usage = new ScriptUsage(
                wall,
                cpuStart >= 0 && cpuEnd >= 0 ? cpuEnd - cpuStart : wall,
                guard.AllocatedBytes,
                guard.PeakBytes,
                guard.Steps,
                guard.MaxDepthReached),
            LeftWork = guard.RanElsewhere,
        };
    }
}
