using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>Reporting: one diagnostic per location, whichever route (operation or syntax) finds it first.</summary>
internal sealed partial class CompilationAnalysis
{
    private void CheckSymbol<TReporter>(TReporter context, IOperation operation, ISymbol symbol)
        where TReporter : struct, IReporter
    {
        if (checker.Check(symbol) is { } rule)
        {
            Report(context, operation, rule, symbol);
        }
    }

    private void CheckSymbol(SyntaxNodeAnalysisContext context, SyntaxNode node, ISymbol symbol)
    {
        if (checker.Check(symbol) is { } rule && FirstAt(node.GetLocation()))
        {
            context.ReportDiagnostic(RuleDescriptors.Create(rule, node.GetLocation(), Display(symbol)));
        }
    }

    private void Report<TReporter>(TReporter context, IOperation operation, RuleMatch rule, ISymbol subject)
        where TReporter : struct, IReporter
    {
        Location location = operation.Syntax.GetLocation();
        if (FirstAt(location))
        {
            context.ReportDiagnostic(RuleDescriptors.Create(rule, location, Display(subject)));
        }
    }

    [MethodImpl(Jit.Optimized)]
    private void ReportType<TReporter>(TReporter context, IOperation operation, (RuleMatch Rule, ISymbol Subject)? found)
        where TReporter : struct, IReporter
    {
        if (found is { } hit && !IsInsideNameOf(operation))
        {
            Report(context, operation, hit.Rule, hit.Subject);
        }
    }

    [MethodImpl(Jit.Optimized)]
    private void ReportTypeAt<TReporter>(TReporter context, SyntaxNode node, (RuleMatch Rule, ISymbol Subject)? found)
        where TReporter : struct, IReporter
    {
        if (found is { } hit && FirstAt(node.GetLocation()))
        {
            context.ReportDiagnostic(RuleDescriptors.Create(hit.Rule, node.GetLocation(), Display(hit.Subject)));
        }
    }

    private void ReportType(SyntaxNodeAnalysisContext context, SyntaxNode node, (RuleMatch Rule, ISymbol Subject)? found)
    {
        if (found is { } hit && FirstAt(node.GetLocation()))
        {
            context.ReportDiagnostic(RuleDescriptors.Create(hit.Rule, node.GetLocation(), Display(hit.Subject)));
        }
    }

    private void ReportFeature<TReporter>(TReporter context, SyntaxNode node, string feature, string subject)
        where TReporter : struct, IReporter
    {
        if (checker.Feature(feature) is { } rule && FirstAt(node.GetLocation()))
        {
            context.ReportDiagnostic(RuleDescriptors.Create(rule, node.GetLocation(), subject));
        }
    }

    private void ReportFeature(SyntaxNodeAnalysisContext context, Location location, string feature, string subject) =>
        ReportFeature(new SyntaxReporter(context), location, feature, subject);

    private void ReportFeature<TReporter>(TReporter context, Location location, string feature, string subject)
        where TReporter : struct, IReporter
    {
        if (checker.Feature(feature) is { } rule && FirstAt(location))
        {
            context.ReportDiagnostic(RuleDescriptors.Create(rule, location, subject));
        }
    }

    private bool FirstAt(Location location) =>
        location.SourceTree is null || reported.TryAdd((location.SourceTree, location.SourceSpan), true);

    /// <summary>Reports from the operation path, whether the driver or <see cref="AnalyzeGlobalStatement"/> found the operation.</summary>
    private interface IReporter
    {
        void ReportDiagnostic(Diagnostic diagnostic);
    }

    private readonly struct OperationReporter : IReporter
    {
        private readonly OperationAnalysisContext context;

        public OperationReporter(OperationAnalysisContext context) => this.context = context;

        public void ReportDiagnostic(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
    }

    private readonly struct SyntaxReporter : IReporter
    {
        private readonly SyntaxNodeAnalysisContext context;

        public SyntaxReporter(SyntaxNodeAnalysisContext context) => this.context = context;

        public void ReportDiagnostic(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
    }

    /// <summary>
    /// A symbol as the message names it, formatted once a symbol and compilation: emit-heavy code reports the same
    /// few symbols hundreds of times (Dapper: 651 diagnostics, 106 distinct subjects).
    /// </summary>
    private string Display(ISymbol symbol) =>
        displays.TryGetValue(symbol, out string? display) ? display : displays.GetOrAdd(symbol, s => s.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat));
}
