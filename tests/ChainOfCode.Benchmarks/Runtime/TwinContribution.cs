using System.Collections.Immutable;
using ChainOfCode.Analyzers;
using ChainOfCode.Analyzers.Scripts;
using ChainOfCode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 1, round 14: what the twin (its analyzer pass and COCR0005) adds to the verdict of the scripts that compile,
/// over the verdict dump's scripts: the errors only the twin's pass or COCR0005 found, and the scripts whose refusal
/// rests on them alone (the script's own pass and the stack shapes found no error).
/// </summary>
public static class TwinContribution
{
    public static void Run(string corpus, int mutantsPerScript)
    {
        ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerHost.For(GateOptions.Default.Policy);
        CSharpCompilation scriptPrototype = CSharpCompilation.CreateScriptCompilation(
            "script", null, ScriptReferences.References, ScriptGate.CompilationOptions, null, typeof(object), typeof(ScriptGlobals));
        SyntaxTree placeholder = CompileAb.TwinPlaceholder();
        CSharpCompilation twinPrototype = CSharpCompilation.Create("script-twin", [CompileAb.TwinUsings(), placeholder], ScriptReferences.References, CompileAb.TwinOptions);
        int fallback = 0, total = 0, compiled = 0, accepted = 0, twinOnlyScripts = 0, decided = 0, unanalyzed = 0;
        var twinOnlyIds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach ((string name, string code) in VerdictDump.Scripts(corpus, mutantsPerScript))
        {
            total++;
            GateResult gate = ScriptGate.Check(code);
            if (gate.Verdict is GateVerdict.CompileError || gate.Compilation is null)
            {
                continue;
            }

            SyntaxTree tree = CSharpSyntaxTree.ParseText(SourceText.From(code, System.Text.Encoding.UTF8), ScriptGate.ParseOptions, string.Empty);
            CSharpCompilation script = scriptPrototype.AddSyntaxTrees(tree);
            if (script.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                // The gate's twin of a script with errors sees the analysis-only assemblies: not the case measured here.
                continue;
            }

            compiled++;
            accepted += gate.IsAccepted ? 1 : 0;
            SemanticModel model = script.GetSemanticModel(tree);
            SyntaxTree twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), string.Empty);
            SemanticModel twinModel = twinPrototype.ReplaceSyntaxTree(placeholder, twinTree).GetSemanticModel(twinTree);
            var own = ScriptAnalyzerDriver.Analyze(model, analyzers, default)
                .Where(d => d.Severity == DiagnosticSeverity.Error && (d.Location.SourceTree is null || d.Location.SourceTree == tree))
                .Select(d => (d.Id, d.Location.SourceSpan.Start)).ToHashSet();
            bool ownStack = StackShapes.Find(tree, model, ScriptReferences.Environment.NewTypeSizes(), default).Any();
            var twin = ScriptAnalyzerDriver.Analyze(twinModel, analyzers, default)
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == twinTree && d.Location.SourceSpan.Start < code.Length)
                .Select(d => (d.Id, d.Location.SourceSpan.Start)).ToHashSet();
            bool whole = ScriptShapeChecks.WalkedWhole(tree, model, default);
            fallback += whole ? 0 : 1;
            bool cocr0005 = ScriptShapeChecks.FindUnanalyzed(tree, model, twinModel, default).Any();
            unanalyzed += cocr0005 ? 1 : 0;
            var twinOnly = twin.Except(own).ToList();
            foreach (var key in twinOnly)
            {
                twinOnlyIds[key.Id] = twinOnlyIds.GetValueOrDefault(key.Id) + 1;
            }

            twinOnlyScripts += twinOnly.Count > 0 ? 1 : 0;
            if (!gate.IsAccepted && own.Count == 0 && !ownStack)
            {
                decided++;
                Console.WriteLine($"  refused on the twin alone: {name} (twin-only {string.Join(", ", twinOnly)}, COCR0005 {cocr0005}): {gate.Error}");
            }
        }

        Console.WriteLine($"{total} scripts, {compiled} without compile errors ({accepted} accepted); with an error only the twin's pass found: {twinOnlyScripts}; COCR0005: {unanalyzed}; refused on the twin alone: {decided}; the script's walk not whole (the gate keeps the twin): {fallback}");
        foreach ((string id, int count) in twinOnlyIds)
        {
            Console.WriteLine($"  twin-only {id}: {count}");
        }
    }
}
