using System.Collections.Immutable;
using System.Diagnostics;
using ChainOfCode.Analyzers;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Analyzers.Scripts;
using ChainOfCode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 1, round 6: one lever of a new script's compile at a time, A against B on the same distinct script, in
/// turns, in one process, after a warm-up long enough for the JIT's tier 1 (<c>--compile-ab N warm-up</c>).
/// </summary>
public static class CompileAb
{
    /// <summary>The placeholder of the script's tree in the twin's prototype, as the gate declares it.</summary>
    internal static SyntaxTree TwinPlaceholder() =>
        CSharpSyntaxTree.ParseText(string.Empty, ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), "twin.cs");

    /// <summary>The twin's global usings and its declarations of the script's globals, as the gate writes them.</summary>
    internal static SyntaxTree TwinUsings() => CSharpSyntaxTree.ParseText(
        string.Concat(ScriptDialect.Imports.Select(ns => "global using " + ns + ";\n"))
        + "global using static __CocTwinGlobals;\nstatic partial class __CocTwinGlobals\n{\n public static string Input => string.Empty;\n public static string? ReadLine() => null;\n public static System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement> Args => null!;\n}\n",
        new CSharpParseOptions(LanguageVersion.Latest), "usings.cs");

    /// <summary>The twin's options: a program with top-level statements and the usings of its own tree.</summary>
    internal static CSharpCompilationOptions TwinOptions =>
        ScriptDialect.CompilationOptions.WithOutputKind(OutputKind.ConsoleApplication).WithUsings(ImmutableArray<string>.Empty);

    public static void Run(int rounds, int warmRounds, string lever = "prototypes")
    {
        ScriptRunner.WarmUp();
        ImmutableArray<DiagnosticAnalyzer> analyzers = AnalyzerHost.For(GateOptions.Default.Policy);
        CSharpCompilation scriptPrototype = Bound(CSharpCompilation.CreateScriptCompilation(
            "script", null, ScriptReferences.References, ScriptGate.CompilationOptions, null, typeof(object), typeof(ScriptGlobals)));
        SyntaxTree placeholder = TwinPlaceholder();
        SyntaxTree usings = TwinUsings();
        CSharpCompilationOptions twinOptions = TwinOptions;
        // As the gate builds it (since round 11): the script's placeholder last.
        CSharpCompilation twinPrototype = Bound(CSharpCompilation.Create("script-twin", [usings, placeholder], ScriptReferences.AnalysisReferences, twinOptions));
        // Since round 12 the twin of a script that compiles has the script's own references (the analysis-only ones only
        // when the script has errors): the gate's twin for group 1's scripts.
        CSharpCompilation cleanTwinPrototype = Bound(CSharpCompilation.Create("script-twin", [usings, placeholder], ScriptReferences.References, twinOptions));

        void Analysis(CSharpCompilation script, CSharpCompilation twin, SyntaxTree twinTree)
        {
            _ = script.GetDiagnostics();
            _ = ScriptAnalyzerDriver.Analyze(script.GetSemanticModel(script.SyntaxTrees[0]), analyzers, default);
            _ = ScriptAnalyzerDriver.Analyze(twin.GetSemanticModel(twinTree), analyzers, default);
        }

        void Scratch(string code)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
            SyntaxTree twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), string.Empty);
            Analysis(
                CSharpCompilation.CreateScriptCompilation("script", tree, ScriptReferences.References, ScriptGate.CompilationOptions, null, typeof(object), typeof(ScriptGlobals)),
                CSharpCompilation.Create("script-twin", [twinTree, usings], ScriptReferences.AnalysisReferences, twinOptions),
                twinTree);
        }

        void Cloned(string code)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
            SyntaxTree twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), string.Empty);
            Analysis(scriptPrototype.AddSyntaxTrees(tree), twinPrototype.ReplaceSyntaxTree(placeholder, twinTree), twinTree);
        }

        // Lever 2: does the script model's GetDiagnostics share the bound bodies the pass just built? (Roslyn: no, it
        // compiles the tree's methods the way Compilation.GetDiagnostics does.)
        void ModelDiagnostics(string code)
        {
            CSharpCompilation script = scriptPrototype.AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions));
            SemanticModel model = script.GetSemanticModel(script.SyntaxTrees[0]);
            _ = ScriptAnalyzerDriver.Analyze(model, analyzers, default);
            _ = model.GetDiagnostics();
        }

        void CompilationDiagnostics(string code)
        {
            CSharpCompilation script = scriptPrototype.AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions));
            _ = script.GetDiagnostics();
            _ = ScriptAnalyzerDriver.Analyze(script.GetSemanticModel(script.SyntaxTrees[0]), analyzers, default);
        }

        // Lever 3: the reserved-name check asks the model only about names the runtime declares. A compilation named as the
        // runtime asks about every name (RuntimeNames.For answers null): the check as it was, on the same text. Timed: the
        // shape analyzer's pass alone, on a model the capability pass has bound.
        ImmutableArray<DiagnosticAnalyzer> shape = [new ScriptShapeAnalyzer()];
        ImmutableArray<DiagnosticAnalyzer> capability = [analyzers.OfType<CapabilityAnalyzer>().Single()];
        (double Cpu, double Wall) ShapePass(string code, string assemblyName)
        {
            CSharpCompilation script = scriptPrototype.WithAssemblyName(assemblyName).AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions));
            SemanticModel model = script.GetSemanticModel(script.SyntaxTrees[0]);
            _ = ScriptAnalyzerDriver.Analyze(model, capability, default);
            var cpu = new List<double>();
            var wall = new List<double>();
            Measure(() => ScriptAnalyzerDriver.Analyze(model, shape, default), cpu, wall);
            return (cpu[0], wall[0]);
        }

        if (lever == "runtime-names")
        {
            string every = ScriptShapeAnalyzer.DefaultRuntimeAssembly;
            for (int i = 0; i < warmRounds; i++)
            {
                ShapePass(Shapes.Small(RuntimeJob.Next()), every);
                ShapePass(Shapes.Small(RuntimeJob.Next()), "script");
            }

            var (a, b) = Alternate(rounds, () => Shapes.Small(RuntimeJob.Next()), code => ShapePass(code, every), code => ShapePass(code, "script"));

            Console.WriteLine($"{rounds} pairs after {warmRounds}; the shape analyzer's pass on a bound model, ms: median wall, median process CPU, sum wall");
            Console.WriteLine($"  A {Median(a.Select(x => x.Wall).ToList()),7:F3} {Median(a.Select(x => x.Cpu).ToList()),7:F3} {a.Sum(x => x.Wall),8:F1}  every name asked about (as before)");
            Console.WriteLine($"  B {Median(b.Select(x => x.Wall).ToList()),7:F3} {Median(b.Select(x => x.Cpu).ToList()),7:F3} {b.Sum(x => x.Wall),8:F1}  the runtime's names only");
            return;
        }

        // Round 7: the run's thread. Both compile the same distinct script on a 64 MiB-stack thread and wait for it: A on a
        // new thread (as before), B on a reused one (RunThreads). The difference is the thread's cost, the compiler's
        // stack pages included.
        if (lever == "run-threads")
        {
            void OnThread(Action<Action, string> start, string code)
            {
                using var done = new ManualResetEventSlim();
                start(() => { _ = ScriptPipeline.Compile(code, GateOptions.Default, CancellationToken.None); done.Set(); }, "coc-ab");
                done.Wait();
            }

            Pair(
                "a new thread per run (main)",
                code => OnThread((body, name) => new Thread(() => body(), RunThreads.StackBytes(RunLimits.Default.MaxAllocatedBytes)) { IsBackground = true, Name = name }.Start(), code),
                "a reused run thread (RunThreads)",
                code => OnThread(RunThreads.Start, code),
                rounds,
                warmRounds);
            return;
        }

        // Round 7: the guard rewrite's statements parsed once per text (B) or again for every script (A: the cache emptied
        // first, as before). Timed: GuardRewriter.Apply alone, on a script the gate accepted.
        if (lever == "guard-statements")
        {
            var parsed = (System.Collections.IDictionary)typeof(ScriptGuard).Assembly.GetType("ChainOfCode.Runtime.GuardSyntax")!
                .GetField("ParsedStatements", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
            (double Cpu, double Wall) Rewrite(string code, bool parseAgain)
            {
                GateResult verdict = ScriptGate.Check(code);
                if (parseAgain)
                {
                    parsed.Clear();
                }

                var cpu = new List<double>();
                var wall = new List<double>();
                Measure(() => GuardRewriter.Apply(verdict.Compilation!, verdict.Tree!, CancellationToken.None, null, verdict.Model), cpu, wall);
                return (cpu[0], wall[0]);
            }

            for (int i = 0; i < warmRounds; i++)
            {
                Rewrite(Shapes.Small(RuntimeJob.Next()), true);
                Rewrite(Shapes.Small(RuntimeJob.Next()), false);
            }

            var (again, once) = Alternate(rounds, () => Shapes.Small(RuntimeJob.Next()), code => Rewrite(code, true), code => Rewrite(code, false));

            Console.WriteLine($"{rounds} pairs after {warmRounds}; GuardRewriter.Apply alone, ms: median wall, median process CPU, sum wall");
            Console.WriteLine($"  A {Median(again.Select(x => x.Wall).ToList()),7:F3} {Median(again.Select(x => x.Cpu).ToList()),7:F3} {again.Sum(x => x.Wall),8:F1}  the guard statements parsed for every script (main)");
            Console.WriteLine($"  B {Median(once.Select(x => x.Wall).ToList()),7:F3} {Median(once.Select(x => x.Cpu).ToList()),7:F3} {once.Sum(x => x.Wall),8:F1}  parsed once per text");
            return;
        }

        // Round 8: the gate's and the rewrite's questions about a called member (x.M in x.M(...)), which main asked and this
        // branch does not: A asks them again on the pipeline's own model (StackShapes' GetTypeInfo on each called member,
        // the rewrite's console check's GetSymbolInfo on each member access not named Write or WriteLine), B does not.
        // Timed: gate, rewrite and image-only emit of the same distinct script.
        if (lever == "called-members")
        {
            void Compile(string code, bool asMain)
            {
                GateResult verdict = ScriptGate.Check(code);
                var accesses = verdict.Tree!.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax>().ToList();
                if (asMain)
                {
                    foreach (var access in accesses.Where(a => a.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax call && call.Expression == a))
                    {
                        _ = verdict.Model!.GetTypeInfo(access);
                    }
                }

                CSharpCompilation guarded = GuardRewriter.Apply(verdict.Compilation!, verdict.Tree!, CancellationToken.None, null, verdict.Model);
                if (asMain)
                {
                    foreach (var access in accesses.Where(a => a.Name.Identifier.ValueText is not ("Write" or "WriteLine")))
                    {
                        _ = verdict.Model!.GetSymbolInfo(access);
                    }
                }

                _ = ScriptEmitter.Emit(guarded, verdict.WithoutCompilation(), false, CancellationToken.None, () => throw new InvalidOperationException());
            }

            Pair("the called members asked about (main)", code => Compile(code, asMain: true), "not asked (this branch)", code => Compile(code, asMain: false), rounds, warmRounds);
            return;
        }

        // Round 8: the twin's prototype with the placeholder of the script's tree first (main before round 11) or last (the gate since). Roslyn's
        // declaration table keeps the merged declarations of the trees before the last one: replacing the last tree keeps
        // them, replacing an earlier one merges every tree again. Timed: the twin's compilation and its analyzer pass.
        if (lever == "twin-order")
        {
            CSharpCompilation first = Bound(CSharpCompilation.Create("script-twin", [placeholder, usings], ScriptReferences.AnalysisReferences, twinOptions));
            CSharpCompilation last = twinPrototype;
            void Twin(CSharpCompilation prototype, string code)
            {
                SyntaxTree twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), string.Empty);
                _ = ScriptAnalyzerDriver.Analyze(prototype.ReplaceSyntaxTree(placeholder, twinTree).GetSemanticModel(twinTree), analyzers, default);
            }

            Pair("placeholder first (before round 11)", code => Twin(first, code), "placeholder last (the gate)", code => Twin(last, code), rounds, warmRounds);
            return;
        }

        // Round 8: FindUnanalyzed asking again (A, main's loop, copied here) or not (B) about what a call bound in both the
        // script and the twin invokes. Timed: the walk alone, on the script's and the twin's models after both passes.
        if (lever == "find-unanalyzed")
        {
            int MainLoop(SyntaxTree tree, SemanticModel model, SemanticModel twinModel)
            {
                int found = 0;
                SyntaxNode twinRoot = twinModel.SyntaxTree.GetRoot();
                foreach (var statement in ((Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)tree.GetRoot()).Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>())
                {
                    foreach (SyntaxNode node in statement.DescendantNodes())
                    {
                        if (node is not (Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax)
                            || model.GetSymbolInfo(node).Symbol is null)
                        {
                            continue;
                        }

                        SyntaxNode twinNode = twinRoot.FindNode(node.Span, getInnermostNodeForTie: true);
                        if (twinNode.RawKind != node.RawKind || twinModel.GetSymbolInfo(twinNode).Symbol is null)
                        {
                            found++;
                            break;
                        }
                    }
                }

                return found;
            }

            (double Cpu, double Wall) Walk(string code, bool asMain)
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
                SyntaxTree twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), string.Empty);
                CSharpCompilation script = scriptPrototype.AddSyntaxTrees(tree);
                SemanticModel model = script.GetSemanticModel(tree);
                SemanticModel twinModel = twinPrototype.ReplaceSyntaxTree(placeholder, twinTree).GetSemanticModel(twinTree);
                _ = ScriptAnalyzerDriver.Analyze(model, analyzers, default);
                _ = ScriptAnalyzerDriver.Analyze(twinModel, analyzers, default);
                var cpu = new List<double>();
                var wall = new List<double>();
                Measure(() => _ = asMain ? MainLoop(tree, model, twinModel) : ScriptShapeChecks.FindUnanalyzed(tree, model, twinModel, default).Count(), cpu, wall);
                return (cpu[0], wall[0]);
            }

            // The small script, and the same work as one top-level loop whose body makes a few calls (each call's statement
            // was bound again per question).
            string Shape(long n) => n % 2 == 0 ? Shapes.Small(n) : $$"""
                var words = "the quick brown fox jumps over the lazy dog {{n}}".Split(' ');
                var counts = new Dictionary<string, int>();
                var seen = new List<string>();
                foreach (var w in words) { counts[w] = counts.TryGetValue(w, out var c) ? c + 1 : 1; seen.Add(w.ToUpperInvariant()); Console.WriteLine(w.Trim()); }
                return seen.Count + counts.Count;
                """;
            for (int i = 0; i < warmRounds; i++)
            {
                Walk(Shape(RuntimeJob.Next()), true);
                Walk(Shape(RuntimeJob.Next()), false);
            }

            var (a, b) = Alternate(rounds, () => Shape(RuntimeJob.Next()), code => Walk(code, true), code => Walk(code, false));

            Console.WriteLine($"{rounds} pairs after {warmRounds}; FindUnanalyzed alone on bound models, ms: median wall, median process CPU, sum wall");
            Console.WriteLine($"  A {Median(a.Select(x => x.Wall).ToList()),7:F3} {Median(a.Select(x => x.Cpu).ToList()),7:F3} {a.Sum(x => x.Wall),8:F1}  asking about every called member (main)");
            Console.WriteLine($"  B {Median(b.Select(x => x.Wall).ToList()),7:F3} {Median(b.Select(x => x.Cpu).ToList()),7:F3} {b.Sum(x => x.Wall),8:F1}  not about what a call bound in both invokes");
            return;
        }

        // Round 9: the guarded tree with its top-level vars' types written out (B, this branch) or with var put back where the
        // script had it (A, as main emitted). Timed: the image-only emit alone, of the two guarded compilations of the same
        // distinct script (both made the same way, outside the timed region).
        if (lever == "written-types")
        {
            (double Cpu, double Wall) Emit(CSharpCompilation guarded, GateResult verdict)
            {
                var cpu = new List<double>();
                var wall = new List<double>();
                Measure(() => ScriptEmitter.Emit(guarded, verdict.WithoutCompilation(), false, CancellationToken.None, () => throw new InvalidOperationException()), cpu, wall);
                return (cpu[0], wall[0]);
            }

            (CSharpCompilation Main, CSharpCompilation Written, GateResult Verdict) Prepare(string code)
            {
                GateResult verdict = ScriptGate.Check(code);
                CSharpCompilation guarded = GuardRewriter.Apply(verdict.Compilation!, verdict.Tree!, CancellationToken.None, null, verdict.Model);
                SyntaxTree tree = guarded.SyntaxTrees[0];
                var vars = ((Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)verdict.Tree!.GetRoot()).Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax>()
                    .Where(f => f.Declaration.Type.IsVar).Select(f => f.Declaration.Variables[0].Identifier.ValueText).ToHashSet();
                var root = (Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)tree.GetRoot();
                var written = root.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax>().Where(f => vars.Contains(f.Declaration.Variables[0].Identifier.ValueText)).ToList();
                CSharpCompilation Put(Func<Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax, Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax> change) =>
                    guarded.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(root.ReplaceNodes(written, (_, f) => change(f)), tree.Options));
                return (
                    Put(f => f.WithDeclaration(f.Declaration.WithType(SyntaxFactory.IdentifierName("var").WithTriviaFrom(f.Declaration.Type)))),
                    Put(f => f.WithDeclaration(f.Declaration)),
                    verdict);
            }

            for (int i = 0; i < warmRounds; i++)
            {
                var w = Prepare(Shapes.Small(RuntimeJob.Next()));
                Emit(w.Main, w.Verdict);
                Emit(w.Written, w.Verdict);
            }

            var (a, b) = Alternate(rounds, () => Prepare(Shapes.Small(RuntimeJob.Next())), p => Emit(p.Main, p.Verdict), p => Emit(p.Written, p.Verdict));

            Console.WriteLine($"{rounds} pairs after {warmRounds}; the guarded image-only emit alone, ms: median wall, median process CPU, sum wall, sum CPU");
            Console.WriteLine($"  A {Median(a.Select(x => x.Wall).ToList()),7:F3} {Median(a.Select(x => x.Cpu).ToList()),7:F3} {a.Sum(x => x.Wall),8:F1} {a.Sum(x => x.Cpu),8:F1}  var kept in the guarded tree (main)");
            Console.WriteLine($"  B {Median(b.Select(x => x.Wall).ToList()),7:F3} {Median(b.Select(x => x.Cpu).ToList()),7:F3} {b.Sum(x => x.Wall),8:F1} {b.Sum(x => x.Cpu),8:F1}  types written out (this branch)");
            Console.WriteLine($"  B / A: wall {Median(b.Zip(a, (x, y) => x.Wall / y.Wall).ToList()):F3}, CPU {Median(b.Zip(a, (x, y) => y.Cpu > 0 ? x.Cpu / y.Cpu : 1).ToList()):F3} (median of per-pair ratios)");
            return;
        }

        if (lever is "probe-kinds" or "probe-symbols")
        {
            // Which queries after the driver's pass bind again: GetTypeInfo per node kind, summed over scripts.
            var byKind = new Dictionary<string, (double Ms, int Count)>();
            for (int i = 0; i < warmRounds + rounds; i++)
            {
                CSharpCompilation script = scriptPrototype.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Shapes.Small(RuntimeJob.Next()), ScriptGate.ParseOptions));
                SemanticModel model = script.GetSemanticModel(script.SyntaxTrees[0]);
                _ = ScriptAnalyzerDriver.Analyze(model, analyzers, default);
                foreach (SyntaxNode node in script.SyntaxTrees[0].GetRoot().DescendantNodes())
                {
                    long t0 = Stopwatch.GetTimestamp();
                    if (lever == "probe-kinds") { _ = model.GetTypeInfo(node); } else { _ = model.GetSymbolInfo(node); }
                    double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    if (i >= warmRounds)
                    {
                        string key = node.Kind() + (node.Parent is { } parent ? " in " + parent.Kind() : "");
                        byKind[key] = byKind.TryGetValue(key, out var v) ? (v.Ms + ms, v.Count + 1) : (ms, 1);
                    }
                }
            }

            foreach (var pair in byKind.OrderByDescending(p => p.Value.Ms).Take(25))
            {
                Console.WriteLine($"{pair.Value.Ms / rounds,8:F4} ms/script {pair.Value.Count / rounds,4}x  {pair.Key}");
            }

            return;
        }

        // Round 11: where a new script's gate goes at tier 1, part by part, as ScriptVetting.Vet does it (cloned compilations),
        // then the rewrite and the image-only emit; sums of wall and process CPU over the rounds.
        if (lever == "gate-parts")
        {
            var parts = new Dictionary<string, (double Wall, double Cpu)>();
            var runner = new ScriptRunner();
            void Part(string name, Action action, bool keep)
            {
                double c0 = ProcessCpu.Milliseconds();
                long t0 = Stopwatch.GetTimestamp();
                action();
                double w = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                double c = ProcessCpu.Milliseconds() - c0;
                if (keep)
                {
                    parts[name] = parts.TryGetValue(name, out var v) ? (v.Wall + w, v.Cpu + c) : (w, c);
                }
            }

            for (int i = 0; i < warmRounds + rounds; i++)
            {
                bool keep = i >= warmRounds;
                string code = Shapes.Small(RuntimeJob.Next());
                SyntaxTree tree = null!;
                CSharpCompilation script = null!;
                SemanticModel model = null!;
                SyntaxTree twinTree = null!;
                SemanticModel twinModel = null!;
                Part("parse + script compilation", () => { tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions); script = scriptPrototype.AddSyntaxTrees(tree); model = script.GetSemanticModel(tree); }, keep);
                Part("twin parse + compilation", () => { twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), string.Empty); twinModel = cleanTwinPrototype.ReplaceSyntaxTree(placeholder, twinTree).GetSemanticModel(twinTree); }, keep);
                Part("compile errors: declarations", () => script.GetDeclarationDiagnostics(), keep);
                Part("compile errors: method bodies", () => script.GetMethodBodyDiagnostics(), keep);
                Part("script pass", () => ScriptAnalyzerDriver.Analyze(model, analyzers, default), keep);
                Part("twin pass", () => ScriptAnalyzerDriver.Analyze(twinModel, analyzers, default), keep);
                Part("FindUnanalyzed", () => ScriptShapeChecks.FindUnanalyzed(tree, model, twinModel, default).ToList(), keep);
                Part("StackShapes", () => StackShapes.Find(tree, model, ScriptReferences.Environment.NewTypeSizes(), default).ToList(), keep);
                CSharpCompilation guarded = null!;
                Part("guard rewrite", () => guarded = GuardRewriter.Apply(script, tree, CancellationToken.None, null, model), keep);
                Part("guarded emit, image only", () => guarded.Emit(new MemoryStream()), keep);
                Part("the same tree unguarded, cloned the same way: image-only emit", () => script.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions)).Emit(new MemoryStream()), keep);
                Part("raw: parse, compile, emit", () => RawScripts.Compile(code), keep);
                Part("raw: parse", () => CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions), keep);
                byte[] rawImage = RawScripts.Compile(code);
                CompiledScript compiled = ScriptPipeline.Compile(code, GateOptions.Default, CancellationToken.None);
                Part("run: raw image (load, run, unload)", () => RawScripts.Run(rawImage), keep);
                Part("run: guarded image, a fresh guard, no runner", () => PairedReports.RunGuardedImage(compiled), keep);
                Part("run: ScriptRunner.RunAsync of the cached compile", () => RawScripts.Guarded(runner, code), keep);
            }

            Console.WriteLine($"{rounds} distinct scripts after {warmRounds}; ms a script: wall, process CPU (means)");
            foreach ((string name, (double w, double c)) in parts)
            {
                Console.WriteLine($"  {w / rounds,7:F3} {c / rounds,7:F3}  {name}");
            }

            return;
        }

        if (lever is "return-null" or "twin-capability" or "decl-fixed")
        {
            CSharpCompilation objectless = Bound(CSharpCompilation.CreateScriptCompilation(
                "script", null, ScriptReferences.References, ScriptGate.CompilationOptions, null, null, typeof(ScriptGlobals)));
            void Gate(string code, CSharpCompilation prototype, ImmutableArray<DiagnosticAnalyzer> twinAnalyzers)
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
                CSharpCompilation script = prototype.AddSyntaxTrees(tree);
                SyntaxTree twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), string.Empty);
                _ = script.GetDiagnostics();
                _ = ScriptAnalyzerDriver.Analyze(script.GetSemanticModel(tree), analyzers, default);
                _ = ScriptAnalyzerDriver.Analyze(twinPrototype.ReplaceSyntaxTree(placeholder, twinTree).GetSemanticModel(twinTree), twinAnalyzers, default);
            }

            if (lever == "return-null")
            {
                Pair("return type typeof(object) (main)", c => Gate(c, scriptPrototype, analyzers), "return type null (object as a special type)", c => Gate(c, objectless, analyzers), rounds, warmRounds);
            }
            else if (lever == "twin-capability")
            {
                Pair("twin: both analyzers (main)", c => Gate(c, scriptPrototype, analyzers), "twin: the capability analyzer only", c => Gate(c, scriptPrototype, capability), rounds, warmRounds);
            }
            else
            {
                Pair("declarations of the small script", c => scriptPrototype.AddSyntaxTrees(CSharpSyntaxTree.ParseText(c, ScriptGate.ParseOptions)).GetDeclarationDiagnostics(), "declarations of return 1;", c => scriptPrototype.AddSyntaxTrees(CSharpSyntaxTree.ParseText("return " + c.Length + ";", ScriptGate.ParseOptions)).GetDeclarationDiagnostics(), rounds, warmRounds);
                Pair("declarations of the small script", c => scriptPrototype.AddSyntaxTrees(CSharpSyntaxTree.ParseText(c, ScriptGate.ParseOptions)).GetDeclarationDiagnostics(), "declarations of the small script, return type null", c => objectless.AddSyntaxTrees(CSharpSyntaxTree.ParseText(c, ScriptGate.ParseOptions)).GetDeclarationDiagnostics(), rounds, warmRounds);
            }

            return;
        }

        if (lever == "pass-again")
        {
            var times = new Dictionary<string, (List<double> Cpu, List<double> Wall)>();
            void Time(string name, Action action, bool keep)
            {
                if (!times.TryGetValue(name, out var lists)) { times[name] = lists = (new(), new()); }
                if (keep) { Measure(action, lists.Cpu, lists.Wall); } else { action(); }
            }

            for (int i = 0; i < warmRounds + rounds; i++)
            {
                bool keep = i >= warmRounds;
                string code = Shapes.Small(RuntimeJob.Next());
                SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
                CSharpCompilation script = scriptPrototype.AddSyntaxTrees(tree);
                SyntaxTree twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), string.Empty);
                SemanticModel twinModel = cleanTwinPrototype.ReplaceSyntaxTree(placeholder, twinTree).GetSemanticModel(twinTree);
                SemanticModel model = script.GetSemanticModel(tree);
                Time("compile errors", () => script.GetDiagnostics(), keep);
                Time("script pass", () => ScriptAnalyzerDriver.Analyze(model, analyzers, default), keep);
                Time("script pass again, same model", () => ScriptAnalyzerDriver.Analyze(model, analyzers, default), keep);
                Time("script pass again, capability only", () => ScriptAnalyzerDriver.Analyze(model, capability, default), keep);
                Time("script pass again, shape only", () => ScriptAnalyzerDriver.Analyze(model, shape, default), keep);
                Time("twin pass", () => ScriptAnalyzerDriver.Analyze(twinModel, analyzers, default), keep);
                Time("twin pass again, same model", () => ScriptAnalyzerDriver.Analyze(twinModel, analyzers, default), keep);
            }

            foreach ((string name, (List<double> cpu, List<double> wall)) in times)
            {
                Console.WriteLine($"  {Median(wall),7:F3} {Median(cpu),7:F3}  {name} (median wall, CPU)");
            }

            return;
        }

        if (lever == "twin-refs")
        {
            void TwinPass(string code, CSharpCompilation prototype)
            {
                SyntaxTree twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), string.Empty);
                _ = ScriptAnalyzerDriver.Analyze(prototype.ReplaceSyntaxTree(placeholder, twinTree).GetSemanticModel(twinTree), analyzers, default);
            }

            Pair("the twin's compilation and pass, analysis references (before round 12)", c => TwinPass(c, twinPrototype), "the twin's compilation and pass, the script's references", c => TwinPass(c, cleanTwinPrototype), rounds, warmRounds);
            return;
        }

        // Round 14: the gate's analysis with the twin (its parse, compilation, pass and COCR0005's walk) and without it.
        if (lever == "no-twin")
        {
            void GateAnalysis(string code, bool withTwin)
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
                CSharpCompilation script = scriptPrototype.AddSyntaxTrees(tree);
                SemanticModel model = script.GetSemanticModel(tree);
                _ = script.GetDiagnostics();
                _ = ScriptAnalyzerDriver.Analyze(model, analyzers, default);
                if (withTwin)
                {
                    SyntaxTree twinTree = CSharpSyntaxTree.ParseText(SourceText.From(code), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), string.Empty);
                    SemanticModel twinModel = cleanTwinPrototype.ReplaceSyntaxTree(placeholder, twinTree).GetSemanticModel(twinTree);
                    _ = ScriptAnalyzerDriver.Analyze(twinModel, analyzers, default);
                    _ = ScriptShapeChecks.FindUnanalyzed(tree, model, twinModel, default).ToList();
                }

                _ = StackShapes.Find(tree, model, ScriptReferences.Environment.NewTypeSizes(), default).ToList();
            }

            Pair("the gate's analysis with the twin (main)", c => GateAnalysis(c, true), "without the twin", c => GateAnalysis(c, false), rounds, warmRounds);
            Pair("ScriptGate.Check (this build)", c => ScriptGate.Check(c), "ScriptGate.Check (this build), again", c => ScriptGate.Check(c), rounds / 4, 0);
            return;
        }

        // Round 16: what the guards cost the image-only emit, part by part. The guarded text of each script is made in
        // both timed actions alike (the rewrite), then variants of it are parsed, cloned from the prototype and emitted.
        if (lever == "guarded-emit-parts")
        {
            var lambdaGuard = new System.Text.RegularExpressions.Regex(@"\{var (__cocG\d+) = __cocGuard; \1\.Enter\(\); try\{return (.*?);\}finally\{\1\.Exit\(\); \}\}");
            string field = $"static global::ChainOfCode.Runtime.ScriptGuard {GuardRewriter.HolderField}; ";
            string Guarded(string code)
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
                CSharpCompilation script = scriptPrototype.AddSyntaxTrees(tree);
                return GuardRewriter.Rewrite(tree, script.GetSemanticModel(tree), CancellationToken.None).GetRoot().ToFullString();
            }

            void EmitText(string text)
            {
                if (!scriptPrototype.AddSyntaxTrees(CSharpSyntaxTree.ParseText(text, ScriptGate.ParseOptions)).Emit(new MemoryStream()).Success)
                {
                    throw new InvalidOperationException(text);
                }
            }

            // Before round 16 the guard was the static field of a class of its own, nested in the script's.
            string HolderClass(string text) => text.Replace(field, "internal static class __CocRun { public static global::ChainOfCode.Runtime.ScriptGuard G; } ")
                .Replace(GuardRewriter.HolderField, "__CocRun.G");
            string NoLambdaGuard(string text) => lambdaGuard.Replace(text, "$2");
            string sample = Guarded(Shapes.Small(1));
            Console.WriteLine(sample);
            Console.WriteLine(HolderClass(sample));
            Pair("guarded text, the guard in a class of its own (before round 16)", c => EmitText(HolderClass(Guarded(c))), "guarded text, the guard a static field of the script's class", c => EmitText(Guarded(c)), rounds, warmRounds);
            Pair("guarded text", c => EmitText(Guarded(c)), "guarded text, the lambda unguarded", c => EmitText(NoLambdaGuard(Guarded(c))), rounds, warmRounds);
            Pair("guarded text", c => EmitText(Guarded(c)), "the script's own text", c => { _ = Guarded(c); EmitText(c); }, rounds, warmRounds);
            return;
        }

        // Round 17: the four small cuts of the gate and the rewrite, each side on the same parsed and bound script in turns.
        // A is the code as it was (copied here): two nesting walks through ChildNodes, the twin's parse for every script, the
        // alias walk of the reserved-name check, each called member's hint ID built anew; B is the product's code now.
        if (lever == "r17-cuts")
        {
            var a = new List<(double Cpu, double Wall)>();
            var b = new List<(double Cpu, double Wall)>();
            for (int i = 0; i < warmRounds + rounds; i++)
            {
                string code = Shapes.Small(RuntimeJob.Next());
                SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
                CSharpCompilation script = scriptPrototype.AddSyntaxTrees(tree);
                SemanticModel model = script.GetSemanticModel(tree);
                _ = ScriptAnalyzerDriver.Analyze(model, analyzers, default);
                var called = tree.GetRoot().DescendantNodes()
                    .Where(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
                    .Select(n => model.GetSymbolInfo(n).Symbol).OfType<IMethodSymbol>().ToList();
                SyntaxTree copy = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
                (double Cpu, double Wall) Old()
                {
                    var cpu = new List<double>(); var wall = new List<double>();
                    Measure(() =>
                    {
                        SyntaxNode root = tree.GetRoot();
                        _ = OldDeepest(root, ScriptDialect.DefaultMaxNesting, OldCounts);
                        _ = OldDeepest(root, SyntaxNesting.MaxInterpolationNesting, static n => n is InterpolatedStringExpressionSyntax);
                        _ = CSharpSyntaxTree.ParseText(tree.GetText().GetSubText(new TextSpan(0, code.Length)), ScriptDialect.ParseOptions.WithKind(SourceCodeKind.Regular), tree.FilePath);
                        _ = OldAliases.GetValue(tree, t => t.GetRoot(default).DescendantNodes().OfType<UsingDirectiveSyntax>().Any(u => u.Alias is not null) ? "yes" : "no");
                        foreach (IMethodSymbol method in called)
                        {
                            string id = method.OriginalDefinition.GetDocumentationCommentId() ?? string.Empty;
                            int paren = id.IndexOf('(');
                            id = paren >= 0 ? id[..paren] : id;
                            int arity = id.IndexOf("``", StringComparison.Ordinal);
                            _ = arity >= 0 ? id[..arity] : id;
                        }
                    }, cpu, wall);
                    return (cpu[0], wall[0]);
                }

                (double Cpu, double Wall) New()
                {
                    var cpu = new List<double>(); var wall = new List<double>();
                    Measure(() =>
                    {
                        _ = SyntaxNesting.Measure(copy.GetRoot(), ScriptDialect.DefaultMaxNesting);
                        _ = NewAliases.GetValue(copy, static t => t.GetText().ToString().Contains("using") && t.GetRoot().DescendantNodes().OfType<UsingDirectiveSyntax>().Any(u => u.Alias is not null) ? "yes" : "no");
                        foreach (IMethodSymbol method in called)
                        {
                            _ = ArgumentGuards.MemberId(method);
                        }
                    }, cpu, wall);
                    return (cpu[0], wall[0]);
                }

                if (i % 2 == 0) { var x = Old(); var y = New(); if (i >= warmRounds) { a.Add(x); b.Add(y); } }
                else { var y = New(); var x = Old(); if (i >= warmRounds) { a.Add(x); b.Add(y); } }
            }

            Console.WriteLine($"{rounds} distinct scripts after {warmRounds}; the four cuts' code, ms: median wall, median CPU, mean wall, mean CPU");
            Console.WriteLine($"  A {Median(a.Select(x => x.Wall).ToList()),7:F4} {Median(a.Select(x => x.Cpu).ToList()),7:F4} {a.Average(x => x.Wall),7:F4} {a.Average(x => x.Cpu),7:F4}  as before (copied)");
            Console.WriteLine($"  B {Median(b.Select(x => x.Wall).ToList()),7:F4} {Median(b.Select(x => x.Cpu).ToList()),7:F4} {b.Average(x => x.Wall),7:F4} {b.Average(x => x.Cpu),7:F4}  now");
            return;
        }

        if (lever == "model-diagnostics")
        {
            Pair("compile errors from Compilation.GetDiagnostics, then the script pass (main)", CompilationDiagnostics, "the script pass, then its model's GetDiagnostics", ModelDiagnostics, rounds, warmRounds);
            return;
        }

        Pair("compilations from scratch (main)", Scratch, "cloned from bound prototypes", Cloned, rounds, warmRounds);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, string> OldAliases = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, string> NewAliases = new();

    // SyntaxNesting's walk as it was before round 17 (one walk per measure, ChildNodes' iterator per node).
    private static int OldDeepest(SyntaxNode root, int stopAbove, Func<SyntaxNode, bool> counts)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 0));
        int max = 0;
        while (pending.Count > 0)
        {
            (SyntaxNode node, int depth) = pending.Pop();
            if (counts(node))
            {
                depth++;
                if (depth > max)
                {
                    max = depth;
                    if (max > stopAbove)
                    {
                        return max;
                    }
                }
            }

            foreach (SyntaxNode child in node.ChildNodes())
            {
                pending.Push((child, depth));
            }
        }

        return max;
    }

    private static bool OldCounts(SyntaxNode node) => node switch
    {
        BlockSyntax => false,
        MemberAccessExpressionSyntax or MemberBindingExpressionSyntax when node.Parent is InvocationExpressionSyntax call && call.Expression == node => false,
        ExpressionSyntax or StatementSyntax or PatternSyntax or MemberDeclarationSyntax or QueryContinuationSyntax => true,
        _ => false,
    };

    private static CSharpCompilation Bound(CSharpCompilation compilation)
    {
        _ = compilation.Assembly;
        return compilation;
    }

    /// <summary>A and B on the same distinct script per round, in turns (A first in even rounds): medians and the median of per-round ratios.</summary>
    public static void Pair(string nameA, Action<string> a, string nameB, Action<string> b, int rounds, int warmRounds)
    {
        for (int i = 0; i < warmRounds; i++)
        {
            string code = Shapes.Small(RuntimeJob.Next());
            a(code);
            b(Shapes.Small(RuntimeJob.Next()));
        }

        var cpu = (A: new List<double>(), B: new List<double>());
        var wall = (A: new List<double>(), B: new List<double>());
        for (int i = 0; i < rounds; i++)
        {
            string code = Shapes.Small(RuntimeJob.Next());
            string copy = new(code.AsSpan()); // the same text, not the same string instance
            if (i % 2 == 0)
            {
                Measure(() => a(code), cpu.A, wall.A);
                Measure(() => b(copy), cpu.B, wall.B);
            }
            else
            {
                Measure(() => b(copy), cpu.B, wall.B);
                Measure(() => a(code), cpu.A, wall.A);
            }
        }

        Console.WriteLine($"{rounds} pairs after {warmRounds} warm-up pairs; ms: median wall, median process CPU");
        Console.WriteLine($"  A {Median(wall.A),7:F3} {Median(cpu.A),7:F3}  {nameA}");
        Console.WriteLine($"  B {Median(wall.B),7:F3} {Median(cpu.B),7:F3}  {nameB}");
        Console.WriteLine($"  B / A: wall {Median(wall.B.Zip(wall.A, (x, y) => x / y).ToList()):F3}, CPU {Median(cpu.B.Zip(cpu.A, (x, y) => y > 0 ? x / y : 1).ToList()):F3} (median of per-pair ratios); sums: wall {wall.B.Sum() / wall.A.Sum():F3}, CPU {cpu.B.Sum() / cpu.A.Sum():F3}");
    }

    private static void Measure(Action action, List<double> cpu, List<double> wall)
    {
        double c0 = ProcessCpu.Milliseconds();
        long start = Stopwatch.GetTimestamp();
        action();
        wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        cpu.Add(ProcessCpu.Milliseconds() - c0);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>A and B on the same input each round, in turns (A first in even rounds): the machine's load falls on both alike.</summary>
    private static (List<(double Cpu, double Wall)> A, List<(double Cpu, double Wall)> B) Alternate<T>(
        int rounds, Func<T> next, Func<T, (double Cpu, double Wall)> a, Func<T, (double Cpu, double Wall)> b)
    {
        var first = new List<(double Cpu, double Wall)>();
        var second = new List<(double Cpu, double Wall)>();
        for (int i = 0; i < rounds; i++)
        {
            T input = next();
            if (i % 2 == 0) { first.Add(a(input)); second.Add(b(input)); }
            else { second.Add(b(input)); first.Add(a(input)); }
        }

        return (first, second);
    }
}
