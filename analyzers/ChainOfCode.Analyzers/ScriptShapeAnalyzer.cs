using System;
using System.Collections.Immutable;
using System.Linq;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ChainOfCode.Analyzers;

/// <summary>
/// Shapes of script code that escape the runtime's guards whatever the policy (catalog <c>kind: script-shape</c>):
/// names reserved for the runtime (COCR0003), finalizers, the script's own or inherited from a framework class (COCR0004),
/// and async void (COCR0006). Only script syntax
/// trees (<c>.csx</c>, <see cref="SourceCodeKind.Script"/>) are checked: the editor, CI, <c>coc check</c> and the
/// runtime gate report them alike.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScriptShapeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Identifiers starting with this prefix (any case) belong to the runtime's guard rewrite.</summary>
    public const string ReservedPrefix = ScriptDialect.ReservedPrefix;

    /// <summary>The script runtime's assembly, of which a script may use only its globals.</summary>
    public const string DefaultRuntimeAssembly = ScriptDialect.RuntimeAssemblyName;

    /// <summary>The type of the script's globals.</summary>
    public const string DefaultGlobalsType = ScriptDialect.GlobalsNamespace + "." + ScriptDialect.GlobalsTypeName;

    /// <summary>The script's globals: <c>Input</c>, <c>Args</c>, <c>ReadLine()</c>.</summary>
    public static readonly ImmutableHashSet<string> DefaultScriptMembers = ScriptDialect.ScriptMembers;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.ScriptShapes;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            // Only scripts are checked: a project without a script tree registers nothing, instead of a callback
            // on every identifier of its code.
            if (!CapabilityAnalyzer.HasScript(start.Compilation))
            {
                return;
            }

            start.RegisterSyntaxTreeAction(AnalyzeNames);
            RuntimeNames? runtimeNames = RuntimeNames.For(start.Compilation, DefaultRuntimeAssembly);
            start.RegisterSyntaxNodeAction(c => AnalyzeRuntimeUse(c, runtimeNames), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
            start.RegisterSyntaxNodeAction(
                AnalyzeAsyncVoid,
                SyntaxKind.MethodDeclaration,
                SyntaxKind.LocalFunctionStatement,
                SyntaxKind.ParenthesizedLambdaExpression,
                SyntaxKind.SimpleLambdaExpression,
                SyntaxKind.AnonymousMethodExpression);
            start.RegisterSyntaxNodeAction(AnalyzeFinalizer, SyntaxKind.DestructorDeclaration);
            start.RegisterSyntaxNodeAction(AnalyzeInheritedFinalizer, SyntaxKind.ClassDeclaration, SyntaxKind.RecordDeclaration);
        });
    }

    private static bool IsScript(SyntaxTree tree) => tree.Options.Kind == SourceCodeKind.Script;

    private static void AnalyzeNames(SyntaxTreeAnalysisContext context)
    {
        if (!IsScript(context.Tree))
        {
            return;
        }

        foreach (SyntaxToken token in context.Tree.GetRoot(context.CancellationToken).DescendantTokens(descendIntoTrivia: false))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText.StartsWith(ReservedPrefix, StringComparison.OrdinalIgnoreCase))
            {
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.ReservedName, token.GetLocation(), $"'{token.ValueText}' uses a name reserved for the runtime's guards."));
            }
        }
    }

    private static void AnalyzeRuntimeUse(SyntaxNodeAnalysisContext context, RuntimeNames? runtimeNames)
    {
        if (!IsScript(context.Node.SyntaxTree))
        {
            return;
        }

        var name = (SimpleNameSyntax)context.Node;
        if (runtimeNames is not null && !runtimeNames.MayBind(name, context.CancellationToken))
        {
            return;
        }

        SymbolInfo info = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken);
        ISymbol? symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        if (symbol is not null && symbol is not INamespaceSymbol
            && symbol.ContainingAssembly?.Name == DefaultRuntimeAssembly
            && !IsScriptMember(symbol))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                RuleDescriptors.ReservedName,
                name.GetLocation(),
                $"'{name.Identifier.ValueText}' belongs to the script runtime; scripts may use only Input, ReadLine() and Args."));
        }
    }

    /// <summary>A member of the script's globals (<c>Input</c>, <c>Args</c>, <c>ReadLine()</c>).</summary>
    public static bool IsScriptMember(ISymbol symbol) =>
        symbol is IPropertySymbol or IMethodSymbol
        && symbol.ContainingType?.ToDisplayString() == DefaultGlobalsType
        && DefaultScriptMembers.Contains(symbol.Name);

    private static void AnalyzeAsyncVoid(SyntaxNodeAnalysisContext context)
    {
        SyntaxNode node = context.Node;
        if (!IsScript(node.SyntaxTree))
        {
            return;
        }

        bool isAsync = node switch
        {
            MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
            LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
            AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
            _ => false,
        };
        if (!isAsync)
        {
            return;
        }

        ISymbol? symbol = node is AnonymousFunctionExpressionSyntax
            ? context.SemanticModel.GetSymbolInfo(node, context.CancellationToken).Symbol
            : context.SemanticModel.GetDeclaredSymbol(node, context.CancellationToken);
        if (symbol is IMethodSymbol { ReturnsVoid: true })
        {
            context.ReportDiagnostic(Diagnostic.Create(
                RuleDescriptors.AsyncVoid,
                node.GetFirstToken().GetLocation(),
                "An async void method or lambda would throw on the host's thread pool; return a Task and await it."));
        }
    }

    private static void AnalyzeFinalizer(SyntaxNodeAnalysisContext context)
    {
        if (IsScript(context.Node.SyntaxTree))
        {
            var finalizer = (DestructorDeclarationSyntax)context.Node;
            context.ReportDiagnostic(Diagnostic.Create(
                RuleDescriptors.ScriptFinalizer,
                finalizer.Identifier.GetLocation(),
                "A finalizer would run on the host's finalizer thread, outside every guard; release resources with IDisposable instead."));
        }
    }

    /// <summary>
    /// A script class that derives from a framework class whose own code runs the class's overridable members on a host
    /// thread: one with a finalizer (<c>ThreadLocal&lt;T&gt;</c>, <c>CriticalHandle</c>), which calls <c>Dispose(false)</c>
    /// or <c>ReleaseHandle()</c> on the finalizer thread, or a stream, reader or writer (<see cref="ThreadPoolBases"/>), whose
    /// default asynchronous members run the synchronous ones on the thread pool (<c>WriteAsync</c>, <c>ReadLineAsync</c>,
    /// <c>FlushAsync</c>, <c>BeginRead</c>; the serializer's and the hash algorithms' stream reads too), so the script's
    /// overrides, and its code after an awaited call configured not to come back (<c>ConfigureAwait(false)</c>), would run
    /// there, outside the run's thread, on the pool's small stack, where an exception or a stack overflow ends the host.
    /// </summary>
    private static void AnalyzeInheritedFinalizer(SyntaxNodeAnalysisContext context)
    {
        var declaration = (TypeDeclarationSyntax)context.Node;
        if (!IsScript(declaration.SyntaxTree) || declaration.BaseList is not { Types.Count: > 0 } baseList
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not INamedTypeSymbol { TypeKind: TypeKind.Class } type)
        {
            return;
        }

        for (INamedTypeSymbol? current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (current.Locations.Any(l => l.IsInSource))
            {
                // The script's own class: its base is checked where it is declared.
                return;
            }

            if (IsThreadPoolBase(current))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RuleDescriptors.ScriptFinalizer,
                    baseList.Types[0].GetLocation(),
                    $"'{current.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' runs its overridable members on the thread pool (its default asynchronous members): the script's overrides, and its code after such a call, would run there, outside the run's thread and its stack."));
                return;
            }

            if (current.GetMembers(WellKnownMemberNames.DestructorName).Any(m => m is IMethodSymbol { Parameters.Length: 0 }))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RuleDescriptors.ScriptFinalizer,
                    baseList.Types[0].GetLocation(),
                    $"'{current.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' has a finalizer that calls its overridable members: the script's overrides would run on the host's finalizer thread, outside every guard."));
                return;
            }
        }
    }

    /// <summary>The framework bases whose default asynchronous members run the synchronous ones on the thread pool.</summary>
    private static readonly string[] ThreadPoolBases = ["Stream", "TextReader", "TextWriter"];

    private static bool IsThreadPoolBase(INamedTypeSymbol type) =>
        Array.IndexOf(ThreadPoolBases, type.Name) >= 0 && type.ContainingNamespace?.ToDisplayString() == "System.IO";
}
