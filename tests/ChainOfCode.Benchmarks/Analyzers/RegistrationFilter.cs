using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// A wrapper: the wrapped analyzer configures concurrency and generated code, and registers the actions.
#pragma warning disable RS1012, RS1025, RS1026

namespace ChainOfCode.Benchmarks.Analyzers;

/// <summary>
/// `--driver-cost`: wraps an analyzer and passes on only the registrations of the kinds kept ("operation",
/// "symbol", "syntax node", "syntax tree", ...), so that the analysis cost of each kind of registration,
/// the driver's share included, shows as the difference between two runs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RegistrationFilter : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer inner;
    private readonly Func<string, bool> keep;

    public RegistrationFilter(DiagnosticAnalyzer inner, Func<string, bool> keep)
    {
        this.inner = inner;
        this.keep = keep;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => inner.Initialize(new Context(context, keep));

    private sealed class Context : AnalysisContext
    {
        private readonly AnalysisContext outer;
        private readonly Func<string, bool> keep;

        public Context(AnalysisContext outer, Func<string, bool> keep)
        {
            this.outer = outer;
            this.keep = keep;
        }

        public override void EnableConcurrentExecution() => outer.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => outer.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            outer.RegisterCompilationStartAction(start => action(new StartContext(start, keep)));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) =>
            Keep("compilation", () => outer.RegisterCompilationAction(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
            Keep("semantic model", () => outer.RegisterSemanticModelAction(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            Keep("symbol", () => outer.RegisterSymbolAction(action, symbolKinds));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            Keep("code block", () => outer.RegisterCodeBlockStartAction(action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
            Keep("code block", () => outer.RegisterCodeBlockAction(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
            Keep("syntax tree", () => outer.RegisterSyntaxTreeAction(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            Keep("syntax node", () => outer.RegisterSyntaxNodeAction(action, syntaxKinds));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            Keep("operation", () => outer.RegisterOperationAction(action, operationKinds));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
            Keep("operation block", () => outer.RegisterOperationBlockAction(action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            Keep("operation block", () => outer.RegisterOperationBlockStartAction(action));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            Keep("symbol", () => outer.RegisterSymbolStartAction(action, symbolKind));

        private void Keep(string kind, Action register)
        {
            if (keep(kind))
            {
                register();
            }
        }
    }

    private sealed class StartContext : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext outer;
        private readonly Func<string, bool> keep;

        public StartContext(CompilationStartAnalysisContext outer, Func<string, bool> keep)
            : base(outer.Compilation, outer.Options, outer.CancellationToken)
        {
            this.outer = outer;
            this.keep = keep;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
            Keep("compilation", () => outer.RegisterCompilationEndAction(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
            Keep("semantic model", () => outer.RegisterSemanticModelAction(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            Keep("symbol", () => outer.RegisterSymbolAction(action, symbolKinds));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            Keep("code block", () => outer.RegisterCodeBlockStartAction(action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
            Keep("code block", () => outer.RegisterCodeBlockAction(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
            Keep("syntax tree", () => outer.RegisterSyntaxTreeAction(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            Keep("syntax node", () => outer.RegisterSyntaxNodeAction(action, syntaxKinds));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            Keep("operation", () => outer.RegisterOperationAction(action, operationKinds));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
            Keep("operation block", () => outer.RegisterOperationBlockAction(action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            Keep("operation block", () => outer.RegisterOperationBlockStartAction(action));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            Keep("symbol", () => outer.RegisterSymbolStartAction(action, symbolKind));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
            Keep("additional file", () => outer.RegisterAdditionalFileAction(action));

        private void Keep(string kind, Action register)
        {
            if (keep(kind))
            {
                register();
            }
        }
    }
}
