using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ChainOfCode.Analyzers;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Runtime;

/// <summary>
/// The runtime gate: caps on the raw text, a script compilation that can reach nothing but the curated
/// references, and the verdict of the very analyzers the build uses (<see cref="CapabilityAnalyzer"/>,
/// <see cref="ScriptShapeAnalyzer"/>).
/// The runtime keeps no list of banned APIs of its own.
/// </summary>
public static class ScriptGate
{
    /// <summary>The script is longer than <see cref="GateOptions.MaxSourceLength"/>.</summary>
    public const string SizeCapId = RuleIds.ScriptSizeCap;

    /// <summary>The script nests deeper than <see cref="GateOptions.MaxNesting"/>.</summary>
    public const string NestingCapId = RuleIds.ScriptNestingCap;

    /// <summary>The script names something reserved for the runtime (its guard, its runner, the "__coc" prefix).</summary>
    public const string ReservedId = RuleIds.ReservedName;

    /// <summary>The script declares a finalizer (it would run on the host's finalizer thread, outside every guard).</summary>
    public const string FinalizerId = RuleIds.ScriptFinalizer;

    /// <summary>An async void method, local function or lambda: its exceptions (a guard stop too) would be thrown on the
    /// host's thread pool, where nothing catches them and the process ends.</summary>
    public const string AsyncVoidId = RuleIds.AsyncVoid;

    /// <summary>A global statement the analyzers could not see the way it runs (the gate fails closed).</summary>
    public const string UnanalyzedId = RuleIds.UnanalyzedStatement;

    /// <summary>A value type, a frame or a growing generic instantiation that would overflow the stack below the guards' probe.</summary>
    public const string StackShapeId = RuleIds.StackShape;

    private static readonly ConditionalWeakTable<Policy, StrongBox<ImmutableArray<PolicyProblem>>> UnresolvedEntries = new();

    internal static CSharpParseOptions ParseOptions => ScriptDialect.ParseOptions;

    internal static CSharpCompilationOptions CompilationOptions => ScriptDialect.CompilationOptions;

    /// <summary>Checks a script without running it: caps, compilation, rules. Never throws for bad input.</summary>
    public static GateResult Check(string code, GateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        options ??= GateOptions.Default;
        return Check(code, options, null, cancellationToken);
    }

    /// <summary>The same, with the declarations of typed inputs after the script.</summary>
    internal static GateResult Check(string code, GateOptions options, ArgsShape? shape, CancellationToken cancellationToken) =>
        Verdict(ScriptVetting.Vet(code, string.Empty, options.Policy, options.MaxSourceLength, options.MaxNesting, ScriptReferences.Environment, cancellationToken, shape), options);

    /// <summary>
    /// A script the build vetted under these very options (its hash and fingerprint matched): the caps and the
    /// compilation, without the analysis.
    /// </summary>
    internal static GateResult CheckVetted(string code, GateOptions options, ArgsShape? shape, CancellationToken cancellationToken) =>
        Verdict(ScriptVetting.Compile(code, string.Empty, options.MaxSourceLength, options.MaxNesting, ScriptReferences.Environment, cancellationToken, shape), options);

    private static GateResult Verdict(ScriptVettingResult vetting, GateOptions options)
    {
        if (vetting.Tree is null)
        {
            ScriptFinding cap = vetting.Findings[0];
            return new GateResult(GateVerdict.Rejected, [Convert(cap)], MessageSanitizer.Sanitize(cap.Message), null, null);
        }

        var diagnostics = new List<ScriptDiagnostic>();
        foreach (PolicyProblem problem in options.Policy.Problems.Concat(Unresolved(options.Policy)).OrderBy(p => p.Source.Line))
        {
            diagnostics.Add(new ScriptDiagnostic(problem.RuleId, "warning", MessageSanitizer.Sanitize($"{PolicyLinePrefix}{problem.Source.Line}: {problem.Message}"), 0, 0));
        }

        diagnostics.AddRange(vetting.Findings.Select(Convert));
        int errors = diagnostics.Count(d => d.IsError);
        if (vetting.IsRejected)
        {
            return new GateResult(GateVerdict.Rejected, diagnostics, Summary("The gate refused the script", Convert(vetting.First!), errors), vetting.Compilation, vetting.Tree);
        }

        if (vetting.HasCompileErrors)
        {
            return new GateResult(GateVerdict.CompileError, diagnostics, Summary("The script does not compile", Convert(vetting.First!), errors), vetting.Compilation, vetting.Tree);
        }

        return new GateResult(GateVerdict.Accepted, diagnostics, null, vetting.Compilation, vetting.Tree, vetting.Model);
    }

    /// <summary>How a verdict's warning about a line of its policy (COC0090-COC0092) starts: <c>Policy line 3: </c>.</summary>
    internal const string PolicyLinePrefix = "Policy line ";

    /// <summary>
    /// A verdict's warning about a line of its policy rather than the script: the policy file's line and the problem's
    /// own message, so that a report can show it at the policy file (<c>coc run --policy</c>, <c>coc check --policy</c>).
    /// </summary>
    internal static bool TryGetPolicyLine(ScriptDiagnostic diagnostic, out int line, out string message)
    {
        line = 0;
        message = diagnostic.Message;
        if (diagnostic.Id is not (RuleIds.PolicyParse or RuleIds.PolicyUnresolved or RuleIds.PolicyDuplicate)
            || diagnostic.Line != 0
            || !diagnostic.Message.StartsWith(PolicyLinePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        int colon = diagnostic.Message.IndexOf(": ", PolicyLinePrefix.Length, StringComparison.Ordinal);
        if (colon < 0 || !int.TryParse(diagnostic.Message.AsSpan(PolicyLinePrefix.Length, colon - PolicyLinePrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out line))
        {
            return false;
        }

        message = diagnostic.Message[(colon + 2)..];
        return true;
    }

    /// <summary>
    /// The policy's entries that name nothing the gate's analysis can see (COC0091), as the build reports them for a
    /// project: resolved once per policy against the analysis references, without the script (its types are not the policy's).
    /// </summary>
    private static ImmutableArray<PolicyProblem> Unresolved(Policy policy) =>
        policy.UserEntries.IsEmpty
            ? ImmutableArray<PolicyProblem>.Empty
            : UnresolvedEntries.GetValue(policy, static p => new StrongBox<ImmutableArray<PolicyProblem>>(p.FindUnresolved(
                CSharpCompilation.Create("policy", references: ScriptReferences.AnalysisReferences, options: CompilationOptions)))).Value;

    private static string Summary(string what, ScriptDiagnostic first, int count) =>
        MessageSanitizer.Sanitize($"{what}: {first.Id} at line {first.Line}: {first.Message}" + (count > 1 ? $" (+{count - 1} more)" : string.Empty));

    internal static ScriptDiagnostic Convert(Diagnostic diagnostic) => Convert(ScriptFinding.From(diagnostic));

    private static ScriptDiagnostic Convert(ScriptFinding finding)
    {
        int line = 0;
        int column = 0;
        if (finding.Location.IsInSource)
        {
            LinePosition start = finding.Location.GetLineSpan().StartLinePosition;
            line = start.Line + 1;
            column = start.Character + 1;
        }

        string severity = finding.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        string message = ScriptDialectHints.TryGetValue(finding.Id, out string? hint) ? hint + " " + finding.Message : finding.Message;
        return new ScriptDiagnostic(finding.Id, severity, MessageSanitizer.Sanitize(message), line, column, finding.Alternative);
    }

    /// <summary>
    /// Compile errors that only a script gives (a script's types are nested in it, its top-level variables are fields):
    /// the compiler's message names a cause the model cannot see in its code, so a hint before it (messages are cut at
    /// <see cref="MessageSanitizer.MaxLength"/>) says what to write instead.
    /// </summary>
    private static readonly Dictionary<string, string> ScriptDialectHints = new(StringComparer.Ordinal)
    {
        ["CS1109"] = "In a script every class is nested in the script: declare the extension method at the top level instead (static string F(this string s) => ...).",
        ["CS8345"] = "In a script a top-level variable is a field: use the Span<T> inside a local function, or use the array itself.",
        ["CS7021"] = "A script has no namespaces: remove the namespace declaration and keep its types.",
        ["CS9283"] = "In a script every class is nested in the script, and an extension block needs a top-level class: write each member as an extension method at the top level instead (static bool F(this string s) => ...).",
    };
}
