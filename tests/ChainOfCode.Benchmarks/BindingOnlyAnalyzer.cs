using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Benchmarks;

/// <summary>Asks for every operation and does nothing: the cost every operation-based analyzer pays for binding.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BindingOnlyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Unused = new("BENCH0001", "unused", "unused", "bench", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.PropertyReference);
    }
}
