using System.Collections.Immutable;
using ChainOfCode.Analyzers.Detection;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Analyzers;

/// <summary>
/// Reports every route to a banned capability (COC0001-COC0012): member use, types written in
/// declarations, base lists, attributes, using directives, dynamic, unsafe code and script directives.
/// At build time the policy is the catalog plus the project's policy files; the runtime gate passes
/// its own policy to the constructor.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CapabilityAnalyzer : DiagnosticAnalyzer
{
    private readonly Policy? fixedPolicy;

    /// <summary>Build-time analyzer: reads the project's policy files from AdditionalFiles.</summary>
    public CapabilityAnalyzer()
    {
    }

    /// <summary>An analyzer bound to one policy (the runtime gate's); AdditionalFiles are ignored.</summary>
    public CapabilityAnalyzer(Policy policy)
    {
        fixedPolicy = policy;
    }

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.Capabilities;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            Policy policy = fixedPolicy ?? PolicyFiles.Load(start.Options, start.CancellationToken);
            var analysis = new CompilationAnalysis(policy);
            start.RegisterOperationAction(analysis.AnalyzeOperation, CompilationAnalysis.OperationKinds);
            start.RegisterSymbolAction(analysis.AnalyzeSymbol, CompilationAnalysis.SymbolKinds);
            start.RegisterSyntaxNodeAction(analysis.AnalyzeSyntax, CompilationAnalysis.DeclarationKinds);
            if (HasScript(start.Compilation))
            {
                // Global statements and #r/#load only matter in a script; a project without one pays nothing for them.
                start.RegisterSyntaxNodeAction(analysis.AnalyzeGlobalStatement, SyntaxKind.GlobalStatement);
                start.RegisterSyntaxTreeAction(analysis.AnalyzeDirectives);
            }
        });
    }

    /// <summary>True when a syntax tree of the compilation is a script (<c>.csx</c>, the runtime gate's compilation).</summary>
    internal static bool HasScript(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (tree.Options.Kind == SourceCodeKind.Script)
            {
                return true;
            }
        }

        return false;
    }
}
