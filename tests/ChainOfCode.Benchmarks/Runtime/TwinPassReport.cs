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
/// Group 1, round 4: the gate's twin as it was (a full analyzer pass over the twin compilation, then a fresh semantic
/// model for FindUnanalyzed) against the twin now (its own tree only, one model for both), on the same distinct
/// script per round, in turns, with raw compile+emit as the yardstick. The twin is built as ScriptVetting builds it.
/// </summary>
public static class TwinPassReport
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
        for (int i = 0; i < runs + 5; i++)
        {
            string code = Shapes.Small(RuntimeJob.Next());
            void Old()
            {
                var c = Script(code); var tree = c.SyntaxTrees[0]; var model = c.GetSemanticModel(tree);
                var t = Twin(code, out var tt);
                new AnalyzerHost(t, analyzers, true).Analyze(default);
                var twinModel = t.GetSemanticModel(tt);
                _ = ScriptShapeChecks.FindUnanalyzed(tree, model, twinModel, default).ToList();
            }

            void New()
            {
                var c = Script(code); var tree = c.SyntaxTrees[0]; var model = c.GetSemanticModel(tree);
                var t = Twin(code, out var tt);
                var twinModel = t.GetSemanticModel(tt);
                new AnalyzerHost(t, analyzers, true).Analyze(twinModel, default);
                _ = ScriptShapeChecks.FindUnanalyzed(tree, model, twinModel, default).ToList();
            }

            if (i % 2 == 0) { Time("twin, before: full pass + fresh model for FindUnanalyzed", Old); Time("twin, after: own tree, one model", New); }
            else { Time("twin, after: own tree, one model", New); Time("twin, before: full pass + fresh model for FindUnanalyzed", Old); }
            Time("raw compile+emit", () => RawScripts.Compile(code));
        }

        Console.WriteLine($"median of {runs} (first 5 dropped), ms: wall, process CPU");
        foreach ((string name, List<double> list) in wall)
        {
            Console.WriteLine($"  {Med(list),8:F2}  {Med(cpu[name]),8:F2}  {name}");
        }
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
