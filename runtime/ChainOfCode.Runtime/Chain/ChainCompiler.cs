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
        (SyntaxTree instrumented, ChainPlan plan) = ChainRewriter.Rewrite(accepted, verdict.Compilation!.GetSemanticModel(accepted), program, cancellationToken);
        CSharpCompilation rewritten = verdict.Compilation.ReplaceSyntaxTree(accepted, instrumented);
        // A program's guard counts in shared mode whenever its policy allows threads: its rewritten tree is not the one
        // the gate analyzed, so the question the plain script's pipeline asks (GateOptions.StartsThreads) is not asked here.
        bool startsThreads = options.AllowsThreads;
        CSharpCompilation guarded = GuardRewriter.Apply(rewritten, instrumented, cancellationToken, options.Policy, sharedExits: startsThreads);
        bool usesSerializer = SerializerCaches.IsNamedIn(accepted, options.Policy, cancellationToken);
        var stripped = new GateResult(verdict.Verdict, diagnostics, verdict.Error, null, null);
        return ScriptEmitter.Emit(guarded, stripped, usesSerializer, cancellationToken).WithChain(plan).WithThreads(startsThreads);
    }
}
