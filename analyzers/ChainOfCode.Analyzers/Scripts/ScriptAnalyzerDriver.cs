using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// The gate's own analyzer driver: runs the very analyzer instances of this package over one syntax tree, every
/// callback binding through one <see cref="SemanticModel"/> that the gate's walks (FindUnanalyzed, StackShapes,
/// the guard rewrite) then query again without binding the script a second time. It replaces
/// <c>CompilationWithAnalyzers</c> for the gate, whose driver binds the compilation once to raise its events and
/// again for the callbacks' model, and costs a task and a queue per event. It supports the kinds of action this
/// package's analyzers register (see <see cref="RecordedActions"/>); any other kind throws.
/// </summary>
/// <remarks>
/// Order, as the driver gives it: every analyzer's syntax-tree actions first, then per analyzer its symbol, syntax
/// node and operation actions. Operations: each member body, initializer and attribute outside the global
/// statements; a script's global statements raise no operation actions (as in Roslyn's driver: the capability
/// analyzer walks them itself), a regular tree's top-level statements are one operation block. An analyzer that
/// throws gives AD0001 (an error) and runs no further callback; cancellation is not caught.
/// </remarks>
// The analysis contexts' public constructors are marked obsolete ("use CompilationWithAnalyzers"): this class is
// the one place that builds them, on purpose, to run the callbacks without that driver's costs.
#pragma warning disable CS0618
internal static class ScriptAnalyzerDriver
{
    private static readonly ConditionalWeakTable<DiagnosticAnalyzer, RecordedActions> Initialized = new();
    private static readonly AnalyzerOptions NoOptions = new(ImmutableArray<AdditionalText>.Empty);

#pragma warning disable RS2000, RS2008, RS1032 // the driver's own ID (AD0001) and message, as Roslyn's driver reports them
    private static readonly DiagnosticDescriptor AnalyzerFailure = new(
        AnalyzerHost.AnalyzerFailureId,
        "Analyzer failed",
        "Analyzer '{0}' threw an exception of type '{1}' with message '{2}'.",
        "Compiler",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
#pragma warning restore RS2000, RS2008, RS1032

    /// <summary>The analyzers' findings in <paramref name="model"/>'s tree (syntax, symbols, nodes, operations).</summary>
    public static ImmutableArray<Diagnostic> Analyze(SemanticModel model, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        Compilation compilation = model.Compilation;
        if (compilation.Options.SpecificDiagnosticOptions.Count > 0 || compilation.Options.GeneralDiagnosticOption != ReportDiagnostic.Default)
        {
            throw new NotSupportedException("The gate's analyzer driver reports with the default severities only.");
        }

        SyntaxTree tree = model.SyntaxTree;
        var runs = new List<Run>(analyzers.Length);
        var syntaxPhase = new List<Diagnostic>();
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            var run = new Run(analyzer, compilation, syntaxPhase);
            runs.Add(run);
            run.Guard(() => run.Start(cancellationToken));
            foreach (Action<SyntaxTreeAnalysisContext> action in run.Actions.SyntaxTree)
            {
                run.Guard(() => action(new SyntaxTreeAnalysisContext(tree, NoOptions, run.Report, run.IsSupported, cancellationToken)));
            }
        }

        var semanticPhase = new List<Diagnostic>();
        ScriptDeclarations? declarations = null;
        foreach (Run run in runs)
        {
            run.Found = semanticPhase;
            if (run.Failed || run.Actions.IsEmpty)
            {
                continue;
            }

            declarations ??= ScriptDeclarations.Collect(model, cancellationToken);
            RunSymbolActions(run, declarations, compilation, cancellationToken);
            RunNodeActions(run, declarations, model, cancellationToken);
            RunOperationActions(run, declarations, compilation, cancellationToken);
        }

        return syntaxPhase.Concat(semanticPhase).ToImmutableArray();
    }

    private static void RunSymbolActions(Run run, ScriptDeclarations declarations, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach ((Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> kinds) in run.Actions.Symbol)
        {
            foreach (ISymbol symbol in declarations.Symbols)
            {
                if (kinds.Contains(symbol.Kind))
                {
                    run.Guard(() => action(new SymbolAnalysisContext(symbol, compilation, NoOptions, run.Report, run.IsSupported, cancellationToken)));
                }
            }
        }
    }

    private static void RunNodeActions(Run run, ScriptDeclarations declarations, SemanticModel model, CancellationToken cancellationToken)
    {
        if (run.Actions.SyntaxNode.Count == 0)
        {
            return;
        }

        var byKind = new Dictionary<SyntaxKind, List<Action<SyntaxNodeAnalysisContext>>>();
        foreach ((Action<SyntaxNodeAnalysisContext> action, ImmutableArray<SyntaxKind> kinds) in run.Actions.SyntaxNode)
        {
            foreach (SyntaxKind kind in kinds.Distinct())
            {
                if (!byKind.TryGetValue(kind, out List<Action<SyntaxNodeAnalysisContext>>? list))
                {
                    byKind.Add(kind, list = new());
                }

                list.Add(action);
            }
        }

        foreach (SyntaxNode node in declarations.Nodes)
        {
            if (!byKind.TryGetValue(node.Kind(), out List<Action<SyntaxNodeAnalysisContext>>? actions))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (Action<SyntaxNodeAnalysisContext> action in actions)
            {
                run.Guard(() => action(new SyntaxNodeAnalysisContext(node, null, model, NoOptions, run.Report, run.IsSupported, cancellationToken)));
            }
        }
    }

    private static void RunOperationActions(Run run, ScriptDeclarations declarations, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach ((IOperation root, ISymbol owner) in declarations.OperationBlocks)
        {
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                foreach ((Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> kinds) in run.Actions.Operation)
                {
                    if (kinds.Contains(operation.Kind))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        run.Guard(() => action(new OperationAnalysisContext(operation, owner, compilation, NoOptions, run.Report, run.IsSupported, cancellationToken)));
                    }
                }
            }
        }
    }

    private static RecordedActions Initialize(DiagnosticAnalyzer analyzer)
    {
        var actions = new RecordedActions();
        analyzer.Initialize(new RecordedActions.Initialization(actions));
        return actions;
    }

    /// <summary>One analyzer over one compilation: its actions, where its findings go, whether it failed.</summary>
    private sealed class Run
    {
        private readonly DiagnosticAnalyzer analyzer;
        private readonly Compilation compilation;
        private readonly HashSet<string> supported;

        public Run(DiagnosticAnalyzer analyzer, Compilation compilation, List<Diagnostic> found)
        {
            this.analyzer = analyzer;
            this.compilation = compilation;
            Found = found;
            supported = new HashSet<string>(analyzer.SupportedDiagnostics.Select(d => d.Id), StringComparer.Ordinal);
            Actions = new RecordedActions();
        }

        public RecordedActions Actions { get; private set; }

        public List<Diagnostic> Found { get; set; }

        public bool Failed { get; private set; }

        public void Start(CancellationToken cancellationToken)
        {
            RecordedActions initialized = Initialized.GetValue(analyzer, Initialize);
            var actions = new RecordedActions();
            actions.SyntaxTree.AddRange(initialized.SyntaxTree);
            actions.Symbol.AddRange(initialized.Symbol);
            actions.SyntaxNode.AddRange(initialized.SyntaxNode);
            actions.Operation.AddRange(initialized.Operation);
            var start = new RecordedActions.StartContext(actions, compilation, NoOptions, cancellationToken);
            foreach (Action<CompilationStartAnalysisContext> action in initialized.CompilationStart)
            {
                action(start);
            }

            Actions = actions;
        }

        public bool IsSupported(Diagnostic diagnostic) => supported.Contains(diagnostic.Id);

        public void Report(Diagnostic diagnostic)
        {
            // As Roslyn's driver: an unsupported ID or a location outside the compilation is the analyzer's bug (AD0001).
            if (!IsSupported(diagnostic))
            {
                throw new ArgumentException($"Reported diagnostic with ID '{diagnostic.Id}' is not supported by the analyzer.", nameof(diagnostic));
            }

            if (diagnostic.Location.SourceTree is { } tree && !compilation.ContainsSyntaxTree(tree))
            {
                throw new ArgumentException($"Reported diagnostic '{diagnostic.Id}' has a source location in a tree outside the compilation.", nameof(diagnostic));
            }

            if (diagnostic.Descriptor.IsEnabledByDefault)
            {
                Found.Add(diagnostic);
            }
        }

        public void Guard(Action callback)
        {
            if (Failed)
            {
                return;
            }

            try
            {
                callback();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Failed = true;
                Found.Add(Diagnostic.Create(AnalyzerFailure, Location.None, analyzer.GetType().Name, exception.GetType().FullName, exception.Message));
            }
        }
    }
}
#pragma warning restore CS0618
