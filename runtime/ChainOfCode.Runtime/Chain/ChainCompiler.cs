using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// The compile path of a Chain-of-Code program, cached like a script's: find and type the emulated calls
/// (<see cref="ChainProgram"/>), gate the program with their declarations, then the Chain-of-Code rewrite,
/// the guard rewrite and the emit. A program the gate refuses is refused as a script is (a security verdict
/// wins); a call that cannot be emulated makes an accepted program a <c>compile_error</c>.
/// </summary>
internal static class ChainCompiler
{
    public static CompiledScript Compile(string code, GateOptions options, CancellationToken cancellationToken) =>
        CompiledScriptCache.GetOrAdd(code, options, () => CompileUncached(code, options, cancellationToken), cancellationToken, chain: true);

    private static CompiledScript CompileUncached(string code, GateOptions options, CancellationToken cancellationToken)
    {
        if (code.Length > options.MaxSourceLength)
        {
            // The gate's own cap, before the program is parsed to find its emulated calls.
            return CompiledScript.Refused(ScriptGate.Check(code, options, cancellationToken));
        }

        ChainProgram program = ChainProgram.Analyze(code, cancellationToken);
        GateResult verdict = ScriptGate.Check(program.GateSource, options, cancellationToken);
        var diagnostics = verdict.Diagnostics.Select(program.ToProgramColumns).ToList();
        if (verdict.Verdict == GateVerdict.Rejected)
        {
            return CompiledScript.Refused(new GateResult(GateVerdict.Rejected, diagnostics, verdict.Error, null, null));
        }

        if (program.Errors.Count > 0)
        {
            ScriptDiagnostic first = program.Errors[0];
            string error = MessageSanitizer.Sanitize($"The program cannot run: {first.Id} at line {first.Line}: {first.Message}");
            var all = program.Errors.Concat(diagnostics.Where(d => d.Id != "CS0103")).ToList();
            return CompiledScript.Refused(new GateResult(GateVerdict.CompileError, all, error, null, null));
        }

        if (!verdict.IsAccepted)
        {
            return CompiledScript.Refused(new GateResult(verdict.Verdict, diagnostics, verdict.Error, null, null));
        }

        SyntaxTree accepted = verdict.Tree!;
        SemanticModel model = verdict.Model ?? verdict.Compilation!.GetSemanticModel(accepted);
        (SyntaxTree instrumented, ChainPlan plan) = ChainRewriter.Rewrite(accepted, model, program, cancellationToken);
        CSharpCompilation rewritten = verdict.Compilation!.ReplaceSyntaxTree(accepted, instrumented);
        // Decided as for a plain script, on the gate's model of the accepted program (its emulated functions declared):
        // the chain rewrite adds only calls to the run's session, which run on the thread that calls them and start none.
        bool startsThreads = options.StartsThreads(model, cancellationToken);
        CSharpCompilation guarded = GuardRewriter.Apply(rewritten, instrumented, cancellationToken, options.Policy, sharedExits: startsThreads);
        bool usesSerializer = SerializerCaches.IsNamedIn(accepted, options.Policy, cancellationToken);
        var stripped = new GateResult(verdict.Verdict, diagnostics, verdict.Error, null, null);
        return ScriptEmitter.Emit(guarded, stripped, usesSerializer, cancellationToken).WithChain(plan).WithThreads(startsThreads);
    }
}
