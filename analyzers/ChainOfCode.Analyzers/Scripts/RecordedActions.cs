using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// What one analyzer registered, recorded by <see cref="ScriptAnalyzerDriver"/>: its <c>Initialize</c> once per
/// analyzer instance, its compilation-start actions once per compilation. Only the kinds of action this package's
/// analyzers use are supported; any other registration throws, so that an analyzer that grows a new kind of
/// action fails the gate closed (AD0001) instead of being silently skipped.
/// </summary>
internal sealed class RecordedActions
{
    public List<Action<CompilationStartAnalysisContext>> CompilationStart { get; } = new();

    public List<Action<SyntaxTreeAnalysisContext>> SyntaxTree { get; } = new();

    public List<(Action<SymbolAnalysisContext> Action, ImmutableArray<SymbolKind> Kinds)> Symbol { get; } = new();

    public List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> SyntaxNode { get; } = new();

    public List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> Operation { get; } = new();

    public bool IsEmpty => SyntaxTree.Count == 0 && Symbol.Count == 0 && SyntaxNode.Count == 0 && Operation.Count == 0;

    private static NotSupportedException Unsupported(string what) =>
        new($"The gate's analyzer driver does not run {what}; run the analyzer through CompilationWithAnalyzers instead.");

    /// <summary>Records an analyzer's <c>Initialize</c>.</summary>
    internal sealed class Initialization : AnalysisContext
    {
        public Initialization(RecordedActions actions) => Actions = actions;

        public RecordedActions Actions { get; }

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
            // Generated code is analyzed and reported like any other code; a script cannot opt out.
            if (analysisMode != (GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics))
            {
                throw Unsupported("analyzers that skip generated code");
            }
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => Actions.CompilationStart.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported("compilation actions");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported("semantic model actions");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Actions.Symbol.Add((action, symbolKinds));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported("code block start actions");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported("code block actions");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Actions.SyntaxTree.Add(action);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            Actions.SyntaxNode.Add((action, CSharpKinds(syntaxKinds)));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Actions.Operation.Add((action, operationKinds));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported("operation block start actions");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw Unsupported("operation block actions");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => throw Unsupported("symbol start actions");
    }

    /// <summary>Records what an analyzer's compilation-start action registers for one compilation.</summary>
    internal sealed class StartContext : CompilationStartAnalysisContext
    {
        public StartContext(RecordedActions actions, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
            : base(compilation, options, cancellationToken) => Actions = actions;

        public RecordedActions Actions { get; }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unsupported("compilation end actions");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported("semantic model actions");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Actions.Symbol.Add((action, symbolKinds));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported("code block start actions");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported("code block actions");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Actions.SyntaxTree.Add(action);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            Actions.SyntaxNode.Add((action, CSharpKinds(syntaxKinds)));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Actions.Operation.Add((action, operationKinds));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported("operation block start actions");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw Unsupported("operation block actions");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => throw Unsupported("symbol start actions");
    }

    private static ImmutableArray<SyntaxKind> CSharpKinds<TLanguageKindEnum>(ImmutableArray<TLanguageKindEnum> kinds)
        where TLanguageKindEnum : struct =>
        kinds is ImmutableArray<SyntaxKind> csharp ? csharp : throw Unsupported("syntax node actions of another language");
}
