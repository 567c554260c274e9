using System.Collections.Immutable;
using System.Diagnostics;
using ChainOfCode.Analyzers;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Analyzers.Scripts;
using ChainOfCode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 1, round 5: the gate's two analyzer passes and its own walks on Roslyn's driver (CompilationWithAnalyzers:
/// the script pass with its compile errors, the twin on its model, the walks on a fresh script model) against the
/// gate's own driver (compile errors from the compilation, each pass's callbacks and the walks on one model), on the
/// same distinct script per round, in turns, with raw compile+emit as the yardstick.
/// </summary>
public static class DriverPassReport
{
    public static void Run(int runs)
    {
        ScriptRunner.WarmUp();
        var wall = new Dictionary<string, List<double>>();
        var cpu = new Dictionary<string, List<double>>();
        void Time(string name, Action action)
        {
            double c0 = ProcessCpu.Milliseconds();
            long start = Stopwatch.GetTimestamp();
            action();
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            double c = ProcessCpu.Milliseconds() - c0;
            if (!wall.TryGetValue(name, out List<double>? list)) { wall[name] = list = []; cpu[name] = []; }
            list.Add(ms);
            cpu[name].Add(c);
        }

        ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerHost.For(Policy.Default);
        const string Before = "before: CompilationWithAnalyzers (script pass + compile errors, twin), walks on a fresh model";
        const string After = "after: the gate's driver, compile errors from the compilation, one model per pass";
        for (int i = 0; i < runs + 5; i++)
        {
            string code = Shapes.Small(RuntimeJob.Next());
            void Old()
            {
                var c = Script(code); var tree = c.SyntaxTrees[0];
                _ = new CompilationWithAnalyzers(c, analyzers, Options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
                var t = Twin(code, out var tt); var twinModel = t.GetSemanticModel(tt);
                var twinPass = new CompilationWithAnalyzers(t, analyzers, Options);
                _ = twinPass.GetAnalyzerSyntaxDiagnosticsAsync(tt, default).GetAwaiter().GetResult();
                _ = twinPass.GetAnalyzerSemanticDiagnosticsAsync(twinModel, null, default).GetAwaiter().GetResult();
                Walks(tree, c.GetSemanticModel(tree), twinModel);
            }

            void New()
            {
                var c = Script(code); var tree = c.SyntaxTrees[0]; var model = c.GetSemanticModel(tree);
                _ = c.GetDiagnostics();
                _ = ScriptAnalyzerDriver.Analyze(model, analyzers, default);
                var t = Twin(code, out var tt); var twinModel = t.GetSemanticModel(tt);
                _ = ScriptAnalyzerDriver.Analyze(twinModel, analyzers, default);
                Walks(tree, model, twinModel);
            }

            // Where the "after" time goes, on a copy of the same script (a second run of each part would be cached).
            void Parts()
            {
                CSharpCompilation c = null!; SyntaxTree tree = null!; SemanticModel model = null!; CSharpCompilation t = null!; SyntaxTree tt = null!; SemanticModel twinModel = null!;
                Time("  after, part: parse + script compilation", () => { c = Script(code); tree = c.SyntaxTrees[0]; model = c.GetSemanticModel(tree); });
                Time("  after, part: compile errors (GetDiagnostics)", () => c.GetDiagnostics());
                Time("  after, part: script pass (binds the model)", () => ScriptAnalyzerDriver.Analyze(model, analyzers, default));
                Time("  after, part: twin parse + compilation", () => { t = Twin(code, out tt); twinModel = t.GetSemanticModel(tt); });
                Time("  after, part: twin pass (binds the twin model)", () => ScriptAnalyzerDriver.Analyze(twinModel, analyzers, default));
                Time("  after, part: FindUnanalyzed", () => ScriptShapeChecks.FindUnanalyzed(tree, model, twinModel, default).ToList());
                Time("  after, part: StackShapes", () => StackShapes.Find(tree, model, ScriptReferences.Environment.NewTypeSizes(), default).ToList());
            }

            Parts();
            if (i % 2 == 0) { Time(Before, Old); Time(After, New); }
            else { Time(After, New); Time(Before, Old); }
            Time("raw compile+emit", () => RawScripts.Compile(code));
        }

        Console.WriteLine($"median of {runs} (first 5 dropped), ms: wall, process CPU");
        foreach ((string name, List<double> list) in wall)
        {
            Console.WriteLine($"  {Med(list),8:F2}  {Med(cpu[name]),8:F2}  {name}");
        }
    }

    private static readonly CompilationWithAnalyzersOptions Options = new(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);

    private static void Walks(SyntaxTree tree, SemanticModel model, SemanticModel twinModel)
    {
        _ = ScriptShapeChecks.FindUnanalyzed(tree, model, twinModel, default).ToList();
        _ = StackShapes.Find(tree, model, ScriptReferences.Environment.NewTypeSizes(), default).ToList();
    }

    private static double Med(List<double> l) { var s = l.Skip(5).Order().ToList(); return s[s.Count / 2]; }

    private static CSharpCompilation Script(string code) => CSharpCompilation.CreateScriptCompilation(
        "script", CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions), ScriptReferences.References, ScriptGate.CompilationOptions, null, typeof(object), typeof(ScriptGlobals));

    private static CSharpCompilation Twin(string code, out SyntaxTree twinTree)
    {
        twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), "");
        var usings = CSharpSyntaxTree.ParseText(
            string.Concat(ScriptDialect.Imports.Select(ns => "global using " + ns + ";\n"))
            + "global using static __CocTwinGlobals;\nstatic partial class __CocTwinGlobals\n{\n public static string Input => string.Empty;\n public static string? ReadLine() => null;\n public static System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement> Args => null!;\n}\n",
            new CSharpParseOptions(LanguageVersion.Latest), "usings.cs");
        return CSharpCompilation.Create("script-twin", [twinTree, usings], ScriptReferences.AnalysisReferences,
            ScriptDialect.CompilationOptions.WithOutputKind(OutputKind.ConsoleApplication).WithUsings(ImmutableArray<string>.Empty));
    }
}
