using System;
using System.Collections.Immutable;
using System.Linq;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers;

/// <summary>Reports bad lines of the project's policy files at their file and line: COC0090, COC0091, COC0092.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PolicyFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.PolicyProblems;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationAction(compilationContext =>
        {
            if (!compilationContext.Options.AdditionalFiles.Any(f => PolicyFiles.IsPolicyFile(f.Path)))
            {
                return;
            }

            Policy policy = PolicyFiles.Load(compilationContext.Options, compilationContext.CancellationToken);
            foreach (PolicyProblem problem in policy.Problems.Concat(policy.FindUnresolved(compilationContext.Compilation, compilationContext.CancellationToken)))
            {
                AdditionalText? file = compilationContext.Options.AdditionalFiles.FirstOrDefault(f => string.Equals(f.Path, problem.Source.Path, StringComparison.Ordinal));
                SourceText? text = file?.GetText(compilationContext.CancellationToken);
                Location location = Location.None;
                if (text is not null && problem.Source.Start + problem.Source.Length <= text.Length)
                {
                    var span = new TextSpan(problem.Source.Start, problem.Source.Length);
                    location = Location.Create(problem.Source.Path, span, text.Lines.GetLinePositionSpan(span));
                }

                compilationContext.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.Get(problem.RuleId), location, problem.Message));
            }
        });
    }
}
