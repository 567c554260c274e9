using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ChainOfCode.Analyzers;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
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

    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    internal static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            usings: ScriptReferences.Imports,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: false,
            nullableContextOptions: NullableContextOptions.Disable)
        .WithMetadataReferenceResolver(NoMetadataResolver.Instance)
        .WithSourceReferenceResolver(NoSourceResolver.Instance)
        .WithXmlReferenceResolver(null)
        .WithStrongNameProvider(null)
        .WithAssemblyIdentityComparer(DesktopAssemblyIdentityComparer.Default)
        .WithConcurrentBuild(false);

    private static readonly ConditionalWeakTable<Policy, CapabilityAnalyzer> Analyzers = new();

    // Reserved names, finalizers and async void: the analyzer the editor and CI run, told this runtime's globals.
    private static readonly ScriptShapeAnalyzer ShapeAnalyzer = new(
        typeof(ScriptGlobals).Assembly.GetName().Name!, typeof(ScriptGlobals).FullName!, ScriptGlobals.ScriptMembers);

    /// <summary>Checks a script without running it: caps, compilation, rules. Never throws for bad input.</summary>
    public static GateResult Check(string code, GateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        options ??= GateOptions.Default;

        if (code.Length > options.MaxSourceLength)
        {
            return Refused(SizeCapId, $"The script has {code.Length} characters; the limit is {options.MaxSourceLength}.");
        }

        int nesting = SourceCaps.MeasureNesting(code, options.MaxNesting);
        if (nesting > options.MaxNesting)
        {
            return Refused(NestingCapId, $"The script nests deeper than {options.MaxNesting} levels of brackets or chained expressions.");
        }

        SyntaxTree tree = CSharpSyntaxTree.ParseText(SourceText.From(code, System.Text.Encoding.UTF8), ParseOptions, path: string.Empty, cancellationToken);

        // Chains the parser read in a loop (x.M().M()..., a[0][0]..., 1 + 1 + ...) are as deep as brackets to
        // everything that walks the tree after it: counted here, before anything binds it.
        if (SyntaxNesting.Measure(tree.GetRoot(cancellationToken), options.MaxNesting) > options.MaxNesting)
        {
            return Refused(NestingCapId, $"The script nests deeper than {options.MaxNesting} levels of brackets or chained expressions.");
        }

        CSharpCompilation compilation = CSharpCompilation.CreateScriptCompilation(
            "script",
            tree,
            ScriptReferences.References,
            CompilationOptions,
            previousScriptCompilation: null,
            returnType: typeof(object),
            globalsType: typeof(ScriptGlobals));

        var diagnostics = new List<ScriptDiagnostic>();
        foreach (PolicyProblem problem in options.Policy.Problems)
        {
            diagnostics.Add(new ScriptDiagnostic(problem.RuleId, "warning", MessageSanitizer.Sanitize($"Policy line {problem.Source.Line}: {problem.Message}"), 0, 0));
        }

        SemanticModel model = compilation.GetSemanticModel(tree);
        ImmutableArray<Diagnostic> analyzerDiagnostics = RunAnalyzers(compilation, tree, options.Policy, out SemanticModel twinModel, cancellationToken);
        bool rejected = false;
        foreach (Diagnostic diagnostic in analyzerDiagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (diagnostic.Id == RuleIds.OutsideAllowedSurface && IsScriptGlobal(diagnostic, model, cancellationToken))
            {
                // The host's globals are part of every script's surface, whatever the policy lists.
                continue;
            }

            ScriptDiagnostic converted = Convert(diagnostic);
            rejected |= converted.IsError;
            diagnostics.Add(converted);
        }

        foreach (ScriptDiagnostic own in FindUnanalyzed(tree, model, twinModel, cancellationToken))
        {
            rejected = true;
            diagnostics.Add(own);
        }

        foreach ((Location location, string message) in StackShapes.Find(tree, model, cancellationToken))
        {
            rejected = true;
            diagnostics.Add(Own(StackShapeId, location, message));
        }

        var compileErrors = compilation.GetDiagnostics(cancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(Convert)
            .ToList();
        diagnostics.AddRange(compileErrors);

        if (rejected)
        {
            ScriptDiagnostic first = diagnostics.First(d => d.IsError && !d.Id.StartsWith("CS", StringComparison.Ordinal));
            return new GateResult(GateVerdict.Rejected, diagnostics, Summary("The gate refused the script", first, diagnostics.Count(d => d.IsError)), compilation, tree);
        }

        if (compileErrors.Count > 0)
        {
            return new GateResult(GateVerdict.CompileError, diagnostics, Summary("The script does not compile", compileErrors[0], compileErrors.Count), compilation, tree);
        }

        return new GateResult(GateVerdict.Accepted, diagnostics, null, compilation, tree);
    }

    private static string Summary(string what, ScriptDiagnostic first, int count) =>
        MessageSanitizer.Sanitize($"{what}: {first.Id} at line {first.Line}: {first.Message}" + (count > 1 ? $" (+{count - 1} more)" : string.Empty));

    private static GateResult Refused(string id, string message) =>
        new(GateVerdict.Rejected, [new ScriptDiagnostic(id, "error", message, 0, 0)], MessageSanitizer.Sanitize(message), null, null);

    /// <summary>
    /// The analyzers' findings on the script. Roslyn runs no operation actions on a script's global
    /// statements (only on its declarations and member bodies); the analyzer now walks them itself, and
    /// as a second line the same analyzer also runs over a twin: the same text compiled as a regular program with top-level statements, where every statement
    /// is an operation block. Same text, same spans, same lines; findings are merged by rule and position.
    /// The twin also sees a few more framework assemblies, so that a reach for Process or HttpClient is
    /// named by its rule rather than left to a compile error.
    /// </summary>
    private static ImmutableArray<Diagnostic> RunAnalyzers(CSharpCompilation compilation, SyntaxTree tree, Policy policy, out SemanticModel twinModel, CancellationToken cancellationToken)
    {
        CapabilityAnalyzer analyzer = Analyzers.GetValue(policy, static p => new CapabilityAnalyzer(p));
        SourceText text = tree.GetText(cancellationToken);
        SyntaxTree twinTree = CSharpSyntaxTree.ParseText(text, ParseOptions.WithKind(SourceCodeKind.Regular), path: string.Empty, cancellationToken);
        CSharpCompilation twin = CSharpCompilation.Create(
            "script-twin",
            [twinTree, GlobalUsings],
            ScriptReferences.AnalysisReferences,
            CompilationOptions.WithOutputKind(OutputKind.ConsoleApplication).WithUsings(ImmutableArray<string>.Empty));

        twinModel = twin.GetSemanticModel(twinTree);
        var merged = new Dictionary<(string Id, int Start), Diagnostic>();
        foreach (Compilation target in new Compilation[] { compilation, twin })
        {
            foreach (Diagnostic diagnostic in Analyze(target, [analyzer, ShapeAnalyzer], cancellationToken))
            {
                if (diagnostic.Location.SourceTree is { } source && source != tree && source != twinTree)
                {
                    continue;
                }

                merged.TryAdd((diagnostic.Id, diagnostic.Location.SourceSpan.Start), diagnostic);
            }
        }

        return merged.Values.ToImmutableArray();
    }

    // The twin's default imports, and the script's globals as static members with the same signatures,
    // so that a call taking Input, Args or ReadLine() binds in the twin as it does in the script.
    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(
        string.Concat(ScriptReferences.Imports.Select(ns => "global using " + ns + ";\n"))
        + "global using static __CocTwinGlobals;\n"
        + "static class __CocTwinGlobals\n{\n"
        + "    public static string Input => string.Empty;\n"
        + "    public static System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement> Args => null!;\n"
        + "    public static string? ReadLine() => null;\n"
        + "}\n",
        new CSharpParseOptions(LanguageVersion.Latest),
        path: "usings.cs");

    /// <summary>
    /// Fails closed where the twin could not stand in for the script: a call, creation or member access in a
    /// global statement that binds in the script but not in the twin would escape the analyzers' operation actions.
    /// </summary>
    private static IEnumerable<ScriptDiagnostic> FindUnanalyzed(SyntaxTree tree, SemanticModel model, SemanticModel twinModel, CancellationToken cancellationToken)
    {
        SyntaxNode twinRoot = twinModel.SyntaxTree.GetRoot(cancellationToken);
        foreach (GlobalStatementSyntax statement in ((CompilationUnitSyntax)tree.GetRoot(cancellationToken)).Members.OfType<GlobalStatementSyntax>())
        {
            foreach (SyntaxNode node in statement.DescendantNodes())
            {
                // Each symbol lookup may bind a large expression again: stop between them once the deadline is past.
                cancellationToken.ThrowIfCancellationRequested();
                if (node is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or MemberAccessExpressionSyntax)
                    || model.GetSymbolInfo(node, cancellationToken).Symbol is null)
                {
                    continue;
                }

                SyntaxNode twinNode = twinRoot.FindNode(node.Span, getInnermostNodeForTie: true);
                if (twinNode.RawKind != node.RawKind || twinModel.GetSymbolInfo(twinNode, cancellationToken).Symbol is null)
                {
                    yield return Own(UnanalyzedId, node.GetLocation(), "The gate could not analyze this expression the way it runs; rewrite the statement (for example, move it into a method).");
                    break;
                }
            }
        }
    }

    // Suppressed findings (#pragma, SuppressMessage) count: a script cannot switch a rule off. An analyzer
    // that fails (AD0001) fails the gate closed: the host raises it to an error.
    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken) =>
        new AnalyzerHost(compilation, analyzers, includeSuppressed: true).Analyze(cancellationToken);

    private static bool IsScriptGlobal(Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!diagnostic.Location.IsInSource)
        {
            return false;
        }

        SyntaxNode node = model.SyntaxTree.GetRoot(cancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        ISymbol? symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
        return symbol is not null && ShapeAnalyzer.IsScriptMember(symbol);
    }

    private static ScriptDiagnostic Own(string id, Location location, string message)
    {
        LinePosition start = location.GetLineSpan().StartLinePosition;
        return new ScriptDiagnostic(id, "error", MessageSanitizer.Sanitize(message), start.Line + 1, start.Character + 1);
    }

    internal static ScriptDiagnostic Convert(Diagnostic diagnostic)
    {
        int line = 0;
        int column = 0;
        if (diagnostic.Location.IsInSource)
        {
            LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
            line = start.Line + 1;
            column = start.Character + 1;
        }

        diagnostic.Properties.TryGetValue(RuleDescriptors.AlternativeProperty, out string? alternative);
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return new ScriptDiagnostic(diagnostic.Id, severity, MessageSanitizer.Sanitize(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), line, column, string.IsNullOrEmpty(alternative) ? null : alternative);
    }

    private sealed class NoMetadataResolver : MetadataReferenceResolver
    {
        public static readonly NoMetadataResolver Instance = new();

        public override bool Equals(object? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => 1;

        public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) => [];
    }

    private sealed class NoSourceResolver : SourceReferenceResolver
    {
        public static readonly NoSourceResolver Instance = new();

        public override bool Equals(object? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => 2;

        public override string? NormalizePath(string path, string? baseFilePath) => null;

        public override string? ResolveReference(string path, string? baseFilePath) => null;

        public override System.IO.Stream OpenRead(string resolvedPath) => throw new NotSupportedException("Scripts cannot load files.");
    }
}
