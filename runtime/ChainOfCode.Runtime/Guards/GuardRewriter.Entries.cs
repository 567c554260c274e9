using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static ChainOfCode.Runtime.GuardSyntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// Entries: every function body the script writes (methods, local functions, accessors, constructors, operators,
/// lambdas) counts a step and a level at its entry and gives the level back at its exit (<see cref="GuardSyntax.GuardBody"/>);
/// an iterator counts its level while its <c>MoveNext</c> runs, a leaf a step only, and in a script whose guard counts in
/// shared mode (a policy that allows threads, a script that starts them) the exits take their shared form.
/// </summary>
internal sealed partial class GuardRewriter
{
    /// <summary>
    /// When the run's guard counts in shared mode (<see cref="GateOptions.StartsThreads"/>), every exit the rewrite wrote (on a guard local, <c>__cocG1.Exit()</c>) becomes
    /// its shared form (<see cref="ScriptGuard.ExitShared()"/>), which gives the level back to the current thread's depth:
    /// an exit has no slow path to turn to, and the default's exits stay a plain increment. Script code cannot name the
    /// guard (COCR0003), so every such call is the rewrite's own.
    /// </summary>
    private static CompilationUnitSyntax WithSharedExits(CompilationUnitSyntax root) =>
        root.ReplaceNodes(
            root.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(access =>
                access.Expression is IdentifierNameSyntax receiver
                && receiver.Identifier.ValueText.StartsWith(GuardLocalPrefix, System.StringComparison.Ordinal)
                && access.Name.Identifier.ValueText is nameof(ScriptGuard.Exit) or nameof(ScriptGuard.ExitAwaiting)),
            (_, access) => access.WithName(access.Name.WithIdentifier(Identifier(
                access.Name.Identifier.LeadingTrivia, access.Name.Identifier.ValueText + "Shared", access.Name.Identifier.TrailingTrivia))));

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        // A top-level method of the script is an instance method of the script's object: it reads the guard off this.
        bool ofScript = node.Parent is CompilationUnitSyntax && !node.Modifiers.Any(SyntaxKind.StaticKeyword);
        IMethodSymbol? symbol = model.GetDeclaredSymbol(node, cancellationToken);
        if (throwFree.IsDirect(symbol))
        {
            return DirectMethod(node, symbol!, ofScript ? ScriptField : Guard);
        }

        return GuardMember(node, (BaseMethodDeclarationSyntax)base.VisitMethodDeclaration(node)!, ReturnsValue(symbol), NextGuardLocal(), ofScript ? ScriptField : Guard, ExitType(symbol), Leaf(symbol), IteratorElement(symbol, node));
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
        GuardMember(node, (BaseMethodDeclarationSyntax)base.VisitConstructorDeclaration(node)!, returnsValue: false, NextGuardLocal());

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        IMethodSymbol? symbol = model.GetDeclaredSymbol(node, cancellationToken);
        return GuardMember(node, (BaseMethodDeclarationSyntax)base.VisitOperatorDeclaration(node)!, ReturnsValue(symbol), NextGuardLocal(), iteratorElement: IteratorElement(symbol, node));
    }

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) =>
        GuardMember(node, (BaseMethodDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!, returnsValue: true, NextGuardLocal());

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var symbol = model.GetDeclaredSymbol(node, cancellationToken) as IMethodSymbol;
        if (throwFree.IsDirect(symbol))
        {
            return DirectLocalFunction(node, symbol!);
        }

        return GuardLocalFunction(node, (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!, symbol);
    }

    private LocalFunctionStatementSyntax GuardLocalFunction(LocalFunctionStatementSyntax node, LocalFunctionStatementSyntax visited, IMethodSymbol? symbol)
    {
        bool returnsValue = ReturnsValue(symbol);
        string source = GuardSource(node);
        if (visited.Body is not null)
        {
            return visited.WithBody(GuardBody(visited.Body, node.Body!, NextGuardLocal(), source, ExitType(symbol), Leaf(symbol), IteratorElement(symbol, node)));
        }

        if (visited.ExpressionBody is not null)
        {
            BlockSyntax body = BodyFromExpression(visited.ExpressionBody.Expression, returnsValue, visited.SemicolonToken, NextGuardLocal(), source, ExitType(symbol), Leaf(symbol));
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body);
        }

        return visited;
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        bool returnsValue = node.IsKind(SyntaxKind.GetAccessorDeclaration);
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        if (visited.Body is not null)
        {
            return visited.WithBody(GuardBody(visited.Body, node.Body!, NextGuardLocal(), iteratorElement: IteratorElement(model.GetDeclaredSymbol(node, cancellationToken), node)));
        }

        if (visited.ExpressionBody is not null)
        {
            BlockSyntax body = BodyFromExpression(visited.ExpressionBody.Expression, returnsValue, visited.SemicolonToken, NextGuardLocal());
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body);
        }

        return visited;
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        return visited.ExpressionBody is null
            ? visited
            : visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(GuardedGetter(visited.ExpressionBody, visited.SemicolonToken));
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        return visited.ExpressionBody is null
            ? visited
            : visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(GuardedGetter(visited.ExpressionBody, visited.SemicolonToken));
    }

    /// <summary>An expression-bodied property's or indexer's body as a guarded get accessor; the semicolon's trivia moves to the closing brace.</summary>
    private AccessorListSyntax GuardedGetter(ArrowExpressionClauseSyntax expressionBody, SyntaxToken semicolon) =>
        AccessorList(SingletonList(AccessorDeclaration(
                SyntaxKind.GetAccessorDeclaration,
                BodyFromExpression(expressionBody.Expression, returnsValue: true, default, NextGuardLocal()))))
            .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(semicolon.TrailingTrivia));

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => VisitLambda(node, n => base.VisitParenthesizedLambdaExpression((ParenthesizedLambdaExpressionSyntax)n));

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => VisitLambda(node, n => base.VisitSimpleLambdaExpression((SimpleLambdaExpressionSyntax)n));

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) => VisitLambda(node, n => base.VisitAnonymousMethodExpression((AnonymousMethodExpressionSyntax)n));

    private SyntaxNode VisitLambda(AnonymousFunctionExpressionSyntax node, System.Func<AnonymousFunctionExpressionSyntax, SyntaxNode?> visitChildren)
    {
        bool expressionTree = model.GetTypeInfo(node, cancellationToken).ConvertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace: { } ns }
            && ns.ToDisplayString() == "System.Linq.Expressions";
        var symbol = model.GetSymbolInfo(node, cancellationToken).Symbol as IMethodSymbol;
        bool returnsValue = ReturnsValue(symbol);
        var visited = (AnonymousFunctionExpressionSyntax)visitChildren(node)!;
        if (expressionTree)
        {
            return visited;
        }

        string source = GuardSource(node);
        if (visited.Block is not null)
        {
            return visited.WithBlock(GuardBody(visited.Block, node.Block!, NextGuardLocal(), source, ExitType(symbol), Leaf(symbol)));
        }

        if (visited.ExpressionBody is not null)
        {
            return visited.WithExpressionBody(null).WithBlock(BodyFromExpression(visited.ExpressionBody, returnsValue, default, NextGuardLocal(), source, ExitType(symbol), Leaf(symbol)));
        }

        return visited;
    }

    /// <summary>
    /// Where a lambda or local function (of the original tree) reads the guard: off the script object
    /// (<see cref="GuardSyntax.ScriptField"/>) wherever <c>this</c> is the script, that is in the script's top-level code
    /// and its top-level instance members, outside every <c>static</c> function; else the holder's static field, which
    /// in a collectible assembly costs a helper call per read, on every call of the function. Capturing <c>this</c>
    /// costs a lambda one delegate per evaluation (a local function nothing): the price of a cheap read on every call.
    /// </summary>
    private static string GuardSource(SyntaxNode function)
    {
        for (SyntaxNode? node = function; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case CompilationUnitSyntax:
                    return ScriptField;
                case BaseTypeDeclarationSyntax or EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax }:
                    return Guard;
                case AnonymousFunctionExpressionSyntax lambda when lambda.Modifiers.Any(SyntaxKind.StaticKeyword):
                    return Guard;
                case LocalFunctionStatementSyntax local when local.Modifiers.Any(SyntaxKind.StaticKeyword):
                    return Guard;
                case MemberDeclarationSyntax member when member.Modifiers.Any(SyntaxKind.StaticKeyword):
                    return Guard;
            }
        }

        return Guard;
    }

    /// <summary>
    /// The return type of a throw-free function that returns a primitive value (its guarded body exits at its returns,
    /// without a finally: <see cref="GuardSyntax.GuardBody"/>); null for any other function.
    /// </summary>
    private string? ExitType(IMethodSymbol? function) =>
        function is { ReturnsVoid: false, ReturnsByRef: false, ReturnsByRefReadonly: false, IsAsync: false, ReturnType: var type }
        && LoopShapes.Primitive(type) && throwFree.Contains(function)
            ? type.ToDisplayString()
            : null;

    // Type names as the script would write them (no nullable annotation: a script may not enable nullable contexts).
    private static readonly SymbolDisplayFormat ElementFormat = SymbolDisplayFormat.MinimallyQualifiedFormat
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>
    /// The type an iterator function yields (of <c>IEnumerable&lt;T&gt;</c>, <c>IEnumerator&lt;T&gt;</c>,
    /// <c>IAsyncEnumerable&lt;T&gt;</c>, <c>IAsyncEnumerator&lt;T&gt;</c>; <c>object</c> of the non-generic two), named as
    /// the script can name it at the function; null for any other return type.
    /// </summary>
    private string? IteratorElement(IMethodSymbol? function, SyntaxNode declaration)
    {
        if (function?.ReturnType is not INamedTypeSymbol type)
        {
            return null;
        }

        if (type.SpecialType is SpecialType.System_Collections_IEnumerable or SpecialType.System_Collections_IEnumerator)
        {
            return "object";
        }

        bool sequence = type.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_Generic_IEnumerator_T
            || (type is { Arity: 1, Name: "IAsyncEnumerable" or "IAsyncEnumerator" } && type.ContainingNamespace.ToDisplayString() == "System.Collections.Generic");
        return sequence ? type.TypeArguments[0].ToMinimalDisplayString(model, declaration.SpanStart, ElementFormat) : null;
    }

    /// <summary>True for a throw-free function that calls nothing (<see cref="ThrowFreeFunctions.IsLeaf"/>): a checkpoint, no depth.</summary>
    private bool Leaf(IMethodSymbol? function) => function is { IsAsync: false } && throwFree.IsLeaf(function);

    /// <summary>A fresh name for a local holding the run's guard (reserved prefix: no script can name it).</summary>
    private const string GuardLocalPrefix = "__cocG";

    private string NextGuardLocal() => GuardLocalPrefix + guardNumber++;
}
