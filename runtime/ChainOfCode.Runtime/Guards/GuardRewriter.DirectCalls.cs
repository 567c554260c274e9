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
/// <c>Credited&lt;T&gt; __cocF1(params, ScriptGuard __cocFg, int __cocFd, long __cocFc) { __cocFc = __cocFg.Call(__cocFd, __cocFc); ...
/// return new Credited&lt;T&gt;(value, __cocFc); }</c>, whose calls of other such functions go to their twins,
/// <c>ScriptGuard.Take(__cocF2(args, __cocFg, __cocFd + 1, __cocFc), out __cocFc)</c>: the depth and the step credit pass in
/// registers (<see cref="ScriptGuard.Call"/>). The function itself, what everything else calls (a delegate made of it too),
/// becomes a wrapper entering its twin at the guard's depth, <c>{ var g = guard; return g.Settled(__cocF1(params, g,
/// g.EnterChain(frameBytes), 0)); }</c>, on as many lines as it had; a leaf keeps its own guarded body (its checkpoint), and its twin
/// spends a step of credit (<see cref="ScriptGuard.Spend"/>).
/// </summary>
internal sealed partial class GuardRewriter
{
    private const string TwinGuard = "__cocFg";
    private const string TwinDepth = "__cocFd";
    private const string TwinCredit = "__cocFc";

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
        BlockSyntax twinBody = TwinBody(visited.Body, visited.ExpressionBody?.Expression, symbol);
        MethodDeclarationSyntax twin = visited.WithAttributeLists(default).WithIdentifier(Identifier(TwinName(symbol)))
            .WithReturnType(CreditedType(symbol)).WithParameterList(TwinParameters(visited.ParameterList, symbol))
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
        BlockSyntax twinBody = TwinBody(visited.Body, visited.ExpressionBody?.Expression, symbol);
        LocalFunctionStatementSyntax twin = visited.WithAttributeLists(default).WithIdentifier(Identifier(TwinName(symbol)))
            .WithReturnType(CreditedType(symbol)).WithParameterList(TwinParameters(visited.ParameterList, symbol))
            .WithExpressionBody(null).WithSemicolonToken(default).WithBody(twinBody);
        StatementSyntax original = throwFree.IsLeaf(symbol)
            ? GuardLocalFunction(node, visited, symbol)
            : visited.WithExpressionBody(null).WithSemicolonToken(default)
                .WithBody(WrapperBody(node.ParameterList, node.Body, node.ExpressionBody, node.SemicolonToken, symbol, GuardSource(node)));
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

    /// <summary>A call of a direct function inside a twin: <c>ScriptGuard.Take(twin(args, guard, depth + 1, credit), out credit)</c>.</summary>
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
        var hidden = new List<ArgumentSyntax> { HiddenArgument(TwinGuard, IdentifierName(TwinGuard)) };
        if (!throwFree.IsLeaf(target))
        {
            hidden.Add(HiddenArgument(TwinDepth, ParseExpression($"{TwinDepth} + 1")));
        }

        hidden.Add(HiddenArgument(TwinCredit, IdentifierName(TwinCredit)));
        InvocationExpressionSyntax call = visited.WithExpression(callee).WithArgumentList(visited.ArgumentList.AddArguments([.. hidden])).WithoutTrivia();
        var take = (InvocationExpressionSyntax)ParseExpression($"global::ChainOfCode.Runtime.ScriptGuard.Take(x, out {TwinCredit})");
        return take.WithArgumentList(take.ArgumentList.WithArguments(take.ArgumentList.Arguments.Replace(take.ArgumentList.Arguments[0], Argument(call))))
            .WithTriviaFrom(visited);
    }

    private static ArgumentSyntax HiddenArgument(string name, ExpressionSyntax value) => Argument(NameColon(IdentifierName(name)), default, value);

    private static TypeSyntax CreditedType(IMethodSymbol symbol) =>
        ParseTypeName($"global::ChainOfCode.Runtime.Credited<{symbol.ReturnType.ToDisplayString()}>").WithTrailingTrivia(Space);

    private ParameterListSyntax TwinParameters(ParameterListSyntax parameters, IMethodSymbol symbol)
    {
        string depth = throwFree.IsLeaf(symbol) ? "" : $"int {TwinDepth}, ";
        var hidden = ParseParameterList($"(global::ChainOfCode.Runtime.ScriptGuard {TwinGuard}, {depth}long {TwinCredit})");
        return parameters.AddParameters([.. hidden.Parameters]);
    }

    /// <summary>The twin's body: its entry, then the function's statements with each value returned with the credit.</summary>
    private BlockSyntax TwinBody(BlockSyntax? block, ExpressionSyntax? expression, IMethodSymbol symbol)
    {
        string entry = throwFree.IsLeaf(symbol) ? $"{TwinCredit} = {TwinGuard}.Spend({TwinCredit}); " : $"{TwinCredit} = {TwinGuard}.Call({TwinDepth}, {TwinCredit}); ";
        BlockSyntax body = block ?? Block(ReturnStatement(expression!.WithoutTrivia()));
        IEnumerable<ReturnStatementSyntax> returns = body.DescendantNodes().OfType<ReturnStatementSyntax>().Where(r => r.Expression is not null);
        string credited = $"new global::ChainOfCode.Runtime.Credited<{symbol.ReturnType.ToDisplayString()}>(x, {TwinCredit})";
        body = body.ReplaceNodes(returns, (_, r) =>
        {
            var creation = (ObjectCreationExpressionSyntax)ParseExpression(credited);
            ArgumentListSyntax arguments = creation.ArgumentList!;
            return r.WithExpression(creation.WithArgumentList(arguments.WithArguments(arguments.Arguments.Replace(arguments.Arguments[0], Argument(r.Expression!.WithoutTrivia())))));
        });
        body = UsingLocal(body, TwinGuard);
        return body.WithStatements(body.Statements.Insert(0, Statement(entry)));
    }

    /// <summary>
    /// <c>{ var g = source; return g.Settled(twin(params, g, g.EnterChain(frameBytes), 0)); }</c> with as many line breaks as the body it
    /// replaces (before its closing brace), so that no later line moves.
    /// </summary>
    private BlockSyntax WrapperBody(ParameterListSyntax parameters, BlockSyntax? block, ArrowExpressionClauseSyntax? arrow, SyntaxToken semicolon, IMethodSymbol symbol, string source)
    {
        string guard = NextGuardLocal();
        string arguments = string.Concat(parameters.Parameters.Select(p => p.Identifier.Text + ", "));
        string text = $"{{ var {guard} = {source}; return {guard}.Settled({TwinName(symbol)}({arguments}{guard}, {guard}.EnterChain({throwFree.TwinFrameBytes}), 0)); }}";
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
