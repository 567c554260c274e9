using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Analyzers;

/// <summary>
/// Runs this package's analyzers over a compilation outside a build (the runtime gate, <c>coc check</c>):
/// one set of driver options, only this package's findings kept, and an analyzer that crashes (AD0001)
/// turned into an error, so that a failure never passes as "nothing found".
/// </summary>
public sealed class AnalyzerHost
{
    /// <summary>The ID the analyzer driver gives an exception thrown by an analyzer.</summary>
    public const string AnalyzerFailureId = "AD0001";

    private readonly CompilationWithAnalyzers analysis;

    /// <summary>Hosts <paramref name="analyzers"/> over <paramref name="compilation"/>.</summary>
    /// <param name="compilation">What to analyze.</param>
    /// <param name="analyzers">The analyzers; see <see cref="For"/>.</param>
    /// <param name="includeSuppressed">True to keep findings that <c>#pragma</c> or <c>SuppressMessage</c> suppressed (untrusted code cannot switch a rule off).</param>
    public AnalyzerHost(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool includeSuppressed)
    {
        Compilation = compilation ?? throw new ArgumentNullException(nameof(compilation));
        analysis = new CompilationWithAnalyzers(
            compilation,
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: includeSuppressed));
    }

    /// <summary>The compilation analyzed.</summary>
    public Compilation Compilation { get; }

    /// <summary>The analyzers that check code under <paramref name="policy"/>: capabilities and script shapes.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> For(Policy policy) =>
        ImmutableArray.Create<DiagnosticAnalyzer>(new CapabilityAnalyzer(policy), new ScriptShapeAnalyzer());

    /// <summary>Every finding in the compilation.</summary>
    public ImmutableArray<Diagnostic> Analyze(CancellationToken cancellationToken) =>
        Keep(analysis.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult());

    /// <summary>The findings in one syntax tree (its syntax, then its semantics): the compiler binds only that tree's bodies.</summary>
    public ImmutableArray<Diagnostic> Analyze(SyntaxTree tree, CancellationToken cancellationToken) =>
        Keep(analysis.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).GetAwaiter().GetResult()
            .AddRange(analysis.GetAnalyzerSemanticDiagnosticsAsync(Compilation.GetSemanticModel(tree), null, cancellationToken).GetAwaiter().GetResult()));

    /// <summary>This package's findings (COC...), and every analyzer failure raised to an error.</summary>
    public static ImmutableArray<Diagnostic> Keep(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => d.Id == AnalyzerFailureId || d.Id.StartsWith("COC", StringComparison.Ordinal))
            .Select(d => d.Id == AnalyzerFailureId && d.Severity != DiagnosticSeverity.Error ? AsError(d) : d)
            .ToImmutableArray();

    // The driver's AD0001 with its message (which analyzer, which exception) kept, as an error.
    private static Diagnostic AsError(Diagnostic failure)
    {
        DiagnosticDescriptor original = failure.Descriptor;
#pragma warning disable RS1017 // the driver's own ID, copied from the diagnostic it reported
        var descriptor = new DiagnosticDescriptor(
            original.Id,
            original.Title,
            "{0}",
            original.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            original.Description,
            original.HelpLinkUri,
            original.CustomTags.ToArray());
#pragma warning restore RS1017
        return Diagnostic.Create(descriptor, failure.Location, failure.AdditionalLocations, failure.Properties, failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
