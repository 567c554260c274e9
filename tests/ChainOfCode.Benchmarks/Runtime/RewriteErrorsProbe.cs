using ChainOfCode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 1, round 8: does the guard rewrite ever make a compile error disappear? For every script the gate refuses as
/// compile_error (the analyzers accepted it), the guarded tree of the original is compiled: a guarded compilation with
/// no error would let the original run if the run took its errors from the guarded emit alone.
/// </summary>
public static class RewriteErrorsProbe
{
    public static void Run(string corpus, int mutantsPerScript, IEnumerable<string> extra)
    {
        int compileErrors = 0, holes = 0, threw = 0;
        foreach ((string name, string code) in VerdictDump.Scripts(corpus, mutantsPerScript).Concat(extra.Select((c, i) => ($"extra#{i}", c))))
        {
            GateResult verdict = ScriptGate.Check(code);
            if (verdict.Verdict != GateVerdict.CompileError)
            {
                continue;
            }

            compileErrors++;
            try
            {
                CSharpCompilation guarded = GuardRewriter.Apply(verdict.Compilation!, verdict.Tree!, CancellationToken.None);
                if (!guarded.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    holes++;
                    Console.WriteLine($"HOLE {name}: {verdict.Error}");
                }
            }
            catch (Exception e)
            {
                threw++;
                Console.WriteLine($"THREW {name}: {e.GetType().Name}: {e.Message}");
            }
        }

        Console.WriteLine($"{compileErrors} compile_error scripts; guarded without error: {holes}; rewrite threw: {threw}");
    }
}
