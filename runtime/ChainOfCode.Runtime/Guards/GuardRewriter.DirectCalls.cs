using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static ChainOfCode.Runtime.GuardSyntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// Direct calls (<see cref="ThrowFreeFunctions.IsDirect"/>): each such function gets a twin on its own last line,
/// <c>[MethodImpl(AggressiveInlining)]? Credited&lt;T&gt; __cocF1(params, long __cocFc) { __cocFc -= ScriptGuard.CallStep; if (ScriptGuard.Due(__cocFc))
/// __cocFc = guard.CallSlowly(__cocFc); ... return new Credited&lt;T&gt;(value, __cocFc); }</c>, whose calls of other such functions
/// go to their twins, <c>ScriptGuard.Take(__cocF2(args, __cocFc), out __cocFc)</c>: the step credit and the depth room pass in
/// one register (<see cref="ScriptGuard.CallSlowly"/>), and the guard is read only on the slow path, from where the
/// function reads it. The function itself, what everything else calls (a delegate made of it too), becomes a wrapper
/// entering its twin at the guard's depth, <c>{ var g = guard; return g.Settled(__cocF1(params, g.EnterChain(frameBytes))); }</c>,
/// on as many lines as it had; a leaf keeps its own guarded body (its checkpoint), and its twin spends a step of credit and
/// takes no level (<see cref="ScriptGuard.SpendSlowly"/>, <see cref="ScriptGuard.TakeFromLeaf"/>). A twin that no other twin
/// calls asks to be inlined (<see cref="ThrowFreeFunctions.IsInlined"/>).
/// </summary>
internal sealed partial class GuardRewriter
{
    private const string TwinGuard = "__cocFg";
    private const string TwinCredit = "__cocFc";
    private const string AggressiveInlining = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    private readonly Dictionary<IMethodSymbol, string> twinNames = new(SymbolEqualityComparer.Default);
    private readonly List<(SyntaxAnnotation Marker, SyntaxNode Twin)> twins = [];
    // True while visiting a direct function's body: its calls of direct functions go to their twins.
    private bool inTwin;

    private string TwinName(IMethodSymbol function)
    {
        if (!twinNames.TryGetValue(function.OriginalDefinition, out string? name))
        {
            name = "__cocF" + twinNames.Count;
            twinNames.Add(function.OriginalDefinition, name);
        }

        return name;
    }

    private SyntaxNode DirectMethod(MethodDeclarationSyntax node, IMethodSymbol symbol, string source)
    {
        var visited = (MethodDeclarationSyntax)VisitTwinBody(node, n => base.VisitMethodDeclaration((MethodDeclarationSyntax)n))!;
        BlockSyntax twinBody = TwinBody(visited.Body, visited.ExpressionBody?.Expression, symbol, source);
        MethodDeclarationSyntax twin = visited.WithAttributeLists(TwinAttributes(symbol)).WithIdentifier(Identifier(TwinName(symbol)))
            .WithReturnType(CreditedType(symbol)).WithParameterList(TwinParameters(visited.ParameterList))
            .WithExpressionBody(null).WithSemicolonToken(default).WithBody(twinBody);
        MemberDeclarationSyntax original = throwFree.IsLeaf(symbol)
            ? GuardMember(node, visited, returnsValue: true, NextGuardLocal(), source, ExitType(symbol), leaf: true)
            : visited.WithExpressionBody(null).WithSemicolonToken(default)
                .WithBody(WrapperBody(node.ParameterList, node.Body, node.ExpressionBody, node.SemicolonToken, symbol, source));
        return WithTwin(original, twin);
    }

    private SyntaxNode DirectLocalFunction(LocalFunctionStatementSyntax node, IMethodSymbol symbol)
    {
        var visited = (LocalFunctionStatementSyntax)VisitTwinBody(node, n => base.VisitLocalFunctionStatement((LocalFunctionStatementSyntax)n))!;
        string source = GuardSource(node);
        BlockSyntax twinBody = TwinBody(visited.Body, visited.ExpressionBody?.Expression, symbol, source);
        LocalFunctionStatementSyntax twin = visited.WithAttributeLists(TwinAttributes(symbol)).WithIdentifier(Identifier(TwinName(symbol)))
            .WithReturnType(CreditedType(symbol)).WithParameterList(TwinParameters(visited.ParameterList))
            .WithExpressionBody(null).WithSemicolonToken(default).WithBody(twinBody);
        StatementSyntax original = throwFree.IsLeaf(symbol)
            ? GuardLocalFunction(node, visited, symbol)
            : visited.WithExpressionBody(null).WithSemicolonToken(default)
                .WithBody(WrapperBody(node.ParameterList, node.Body, node.ExpressionBody, node.SemicolonToken, symbol, source));
        return WithTwin(original, twin);
    }

    private SyntaxNode? VisitTwinBody(SyntaxNode node, System.Func<SyntaxNode, SyntaxNode?> visitChildren)
    {
        bool outer = inTwin;
        inTwin = true;
        try
        {
            return visitChildren(node);
        }
        finally
        {
            inTwin = outer;
        }
    }

    /// <summary>A call of a direct function inside a twin: <c>ScriptGuard.Take(twin(args, state), out state)</c> (<c>TakeFromLeaf</c> for a leaf's twin).</summary>
    private ExpressionSyntax? TwinCall(IInvocationOperation invocation, InvocationExpressionSyntax visited)
    {
        IMethodSymbol target = invocation.TargetMethod;
        if (!inTwin || !throwFree.IsDirect(target))
        {
            return null;
        }

        SimpleNameSyntax name = IdentifierName(TwinName(target));
        ExpressionSyntax callee = visited.Expression switch
        {
            IdentifierNameSyntax identifier => name.WithTriviaFrom(identifier),
            MemberAccessExpressionSyntax access => access.WithName(name.WithTriviaFrom(access.Name)),
            _ => throw new System.InvalidOperationException("A direct call is written with a name."),
        };
        InvocationExpressionSyntax call = visited.WithExpression(callee)
            .WithArgumentList(visited.ArgumentList.AddArguments(HiddenArgument(TwinCredit, IdentifierName(TwinCredit)))).WithoutTrivia();
        string taking = throwFree.IsLeaf(target) ? "TakeFromLeaf" : "Take";
        var take = (InvocationExpressionSyntax)ParseExpression($"global::ChainOfCode.Runtime.ScriptGuard.{taking}(x, out {TwinCredit})");
        return take.WithArgumentList(take.ArgumentList.WithArguments(take.ArgumentList.Arguments.Replace(take.ArgumentList.Arguments[0], Argument(call))))
            .WithTriviaFrom(visited);
    }

    private static ArgumentSyntax HiddenArgument(string name, ExpressionSyntax value) => Argument(NameColon(IdentifierName(name)), default, value);

    private static TypeSyntax CreditedType(IMethodSymbol symbol) =>
        ParseTypeName($"global::ChainOfCode.Runtime.Credited<{symbol.ReturnType.ToDisplayString()}>").WithTrailingTrivia(Space);

    private static ParameterListSyntax TwinParameters(ParameterListSyntax parameters) =>
        parameters.AddParameters(ParseParameterList($"(long {TwinCredit})").Parameters[0]);

    private SyntaxList<AttributeListSyntax> TwinAttributes(IMethodSymbol symbol) =>
        throwFree.IsInlined(symbol) ? ((LocalFunctionStatementSyntax)ParseStatement($"{AggressiveInlining} void f() {{ }}")).AttributeLists : default;

    /// <summary>
    /// The twin's body: its entry (the guard read from <paramref name="source"/> on the slow path only), then the function's
    /// statements with each value returned with the state. A read of the holder left in the body (none today: a twin's body is
    /// straight-line code of primitives) reads a local of the guard taken at the entry.
    /// </summary>
    private BlockSyntax TwinBody(BlockSyntax? block, ExpressionSyntax? expression, IMethodSymbol symbol, string source)
    {
        // The step in a statement of its own, then the test: an assignment used as the test's argument made the JIT copy the
        // state for the test (lea, mov, test: one instruction a call more than sub, test).
        (string pay, string entry) = throwFree.IsLeaf(symbol)
            ? ($"--{TwinCredit}; ", $"if (global::ChainOfCode.Runtime.ScriptGuard.Overdrawn({TwinCredit})) {TwinCredit} = {source}.SpendSlowly({TwinCredit}); ")
            : ($"{TwinCredit} -= global::ChainOfCode.Runtime.ScriptGuard.CallStep; ", $"if (global::ChainOfCode.Runtime.ScriptGuard.Due({TwinCredit})) {TwinCredit} = {source}.CallSlowly({TwinCredit}); ");
        BlockSyntax body = block ?? Block(ReturnStatement(expression!.WithoutTrivia()));
        IEnumerable<ReturnStatementSyntax> returns = body.DescendantNodes().OfType<ReturnStatementSyntax>().Where(r => r.Expression is not null);
        string credited = $"new global::ChainOfCode.Runtime.Credited<{symbol.ReturnType.ToDisplayString()}>(x, {TwinCredit})";
        body = body.ReplaceNodes(returns, (_, r) =>
        {
            var creation = (ObjectCreationExpressionSyntax)ParseExpression(credited);
            ArgumentListSyntax arguments = creation.ArgumentList!;
            return r.WithExpression(creation.WithArgumentList(arguments.WithArguments(arguments.Arguments.Replace(arguments.Arguments[0], Argument(r.Expression!.WithoutTrivia())))));
        });
        BlockSyntax local = UsingLocal(body, TwinGuard);
        if (local != body)
        {
            body = local.WithStatements(local.Statements.Insert(0, Statement($"var {TwinGuard} = {source}; ")));
        }

        return body.WithStatements(body.Statements.InsertRange(0, [Statement(pay), Statement(entry)]));
    }

    /// <summary>
    /// <c>{ var g = source; return g.Settled(twin(params, g.EnterChain(frameBytes))); }</c> with as many line breaks as the body it
    /// replaces (before its closing brace), so that no later line moves.
    /// </summary>
    private BlockSyntax WrapperBody(ParameterListSyntax parameters, BlockSyntax? block, ArrowExpressionClauseSyntax? arrow, SyntaxToken semicolon, IMethodSymbol symbol, string source)
    {
        string guard = NextGuardLocal();
        string arguments = string.Concat(parameters.Parameters.Select(p => p.Identifier.Text + ", "));
        string text = $"{{ var {guard} = {source}; return {guard}.Settled({TwinName(symbol)}({arguments}{guard}.EnterChain({throwFree.TwinFrameBytes}))); }}";
        var wrapper = (BlockSyntax)ParseStatement(text);
        var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(block?.SpanStart ?? arrow!.SpanStart, block?.Span.End ?? semicolon.Span.End);
        int lines = model.SyntaxTree.GetText(cancellationToken).ToString(span).Count(c => c == '\n');
        SyntaxTriviaList leading = block is not null ? block.GetLeadingTrivia() : arrow!.GetLeadingTrivia();
        SyntaxTriviaList trailing = block is not null ? block.GetTrailingTrivia() : semicolon.TrailingTrivia;
        return wrapper.WithOpenBraceToken(wrapper.OpenBraceToken.WithLeadingTrivia(leading))
            .WithCloseBraceToken(wrapper.CloseBraceToken.WithLeadingTrivia(Enumerable.Repeat(EndOfLine("\n"), lines)).WithTrailingTrivia(trailing));
    }

    /// <summary>The function, marked for its twin to follow it on its last line (<see cref="WithTwins"/>).</summary>
    private SyntaxNode WithTwin(SyntaxNode original, SyntaxNode twin)
    {
        var marker = new SyntaxAnnotation();
        SyntaxNode flat = twin.ReplaceTokens(twin.DescendantTokens(), (_, token) => token.WithLeadingTrivia().WithTrailingTrivia(Space));
        twins.Add((marker, flat.WithTrailingTrivia(original.GetTrailingTrivia())));
        return original.WithTrailingTrivia(Space).WithAdditionalAnnotations(marker);
    }

    /// <summary>The rewritten tree with each twin after its function.</summary>
    private CompilationUnitSyntax WithTwins(CompilationUnitSyntax root)
    {
        foreach ((SyntaxAnnotation marker, SyntaxNode twin) in twins)
        {
            SyntaxNode original = root.GetAnnotatedNodes(marker).Single();
            root = root.InsertNodesAfter(original, [twin]);
        }

        return root;
    }
}
