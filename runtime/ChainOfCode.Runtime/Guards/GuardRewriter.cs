using ChainOfCode.Analyzers.Scripts;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static ChainOfCode.Runtime.GuardSyntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// Inserts the guards into an accepted script's syntax tree. Reads the gate's semantic model on the
/// original nodes and never adds a line break, so every user line keeps its number in errors and PDBs.
/// The guard is reached through a static field of a class the rewrite adds (per loaded assembly, so per
/// run); its name uses the reserved prefix the gate refuses in user code.
/// </summary>
internal sealed partial class GuardRewriter : CSharpSyntaxRewriter
{
    internal const string HolderClass = "__CocRun";
    internal const string HolderField = "G";

    private readonly SemanticModel model;
    private readonly CancellationToken cancellationToken;
    private readonly TypeSizes sizes = new HostTypeSizes();
    private readonly ArgumentGuards arguments;
    private readonly bool probeStack;
    private int catchNumber;
    private int guardNumber;

    private GuardRewriter(SemanticModel model, bool probeStack, CancellationToken cancellationToken)
    {
        this.model = model;
        this.probeStack = probeStack;
        this.cancellationToken = cancellationToken;
        arguments = new ArgumentGuards(sizes);
    }

    /// <summary>The accepted script's compilation with its tree replaced by the guarded one.</summary>
    public static CSharpCompilation Apply(CSharpCompilation accepted, SyntaxTree tree, CancellationToken cancellationToken) =>
        accepted.ReplaceSyntaxTree(tree, Rewrite(tree, accepted.GetSemanticModel(tree), cancellationToken));

    /// <summary>The guarded tree of an accepted script (same parse options, same lines).</summary>
    public static SyntaxTree Rewrite(SyntaxTree tree, SemanticModel model, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
        bool probeStack = root.DescendantNodes().Any(n => n.IsKind(SyntaxKind.StackAllocArrayCreationExpression) || n.IsKind(SyntaxKind.ImplicitStackAllocArrayCreationExpression));
        var rewritten = (CompilationUnitSyntax)new GuardRewriter(model, probeStack, cancellationToken).Visit(root)!;
        var holder = (MemberDeclarationSyntax)ParseMemberDeclaration(
            $"internal static class {HolderClass} {{ public static global::ChainOfCode.Runtime.ScriptGuard {HolderField}; }} ",
            options: ScriptGate.ParseOptions)!;
        rewritten = rewritten.WithMembers(rewritten.Members.Insert(0, holder));
        return CSharpSyntaxTree.Create(rewritten, (CSharpParseOptions)tree.Options, "script.csx", System.Text.Encoding.UTF8);
    }

    // ---- loops, labels and switch sections: a checkpoint on every back-edge ----

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return GuardLoop(visited.Statement, body => visited.WithStatement(body));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return GuardLoop(visited.Statement, body => visited.WithStatement(body));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return GuardLoop(visited.Statement, body => visited.WithStatement(body));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return GuardLoop(visited.Statement, body => visited.WithStatement(body));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return GuardLoop(visited.Statement, body => visited.WithStatement(body));
    }

    public override SyntaxNode? VisitLabeledStatement(LabeledStatementSyntax node)
    {
        var visited = (LabeledStatementSyntax)base.VisitLabeledStatement(node)!;
        return visited.WithStatement(WithCheckpoint(visited.Statement, Guard, probeStack));
    }

    public override SyntaxNode? VisitSwitchSection(SwitchSectionSyntax node)
    {
        // "goto case" and "goto default" jump between sections without a label or a loop.
        var visited = (SwitchSectionSyntax)base.VisitSwitchSection(node)!;
        return visited.WithStatements(visited.Statements.Insert(0, CheckpointStatement(Guard, probeStack)));
    }

    // ---- entries: methods, local functions, accessors, constructors, operators, lambdas ----

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
        GuardMember(node, (BaseMethodDeclarationSyntax)base.VisitMethodDeclaration(node)!, ReturnsValue(model.GetDeclaredSymbol(node, cancellationToken)), NextGuardLocal());

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
        GuardMember(node, (BaseMethodDeclarationSyntax)base.VisitConstructorDeclaration(node)!, returnsValue: false, NextGuardLocal());

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) =>
        GuardMember(node, (BaseMethodDeclarationSyntax)base.VisitOperatorDeclaration(node)!, ReturnsValue(model.GetDeclaredSymbol(node, cancellationToken)), NextGuardLocal());

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) =>
        GuardMember(node, (BaseMethodDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!, returnsValue: true, NextGuardLocal());

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        bool returnsValue = ReturnsValue(model.GetDeclaredSymbol(node, cancellationToken) as IMethodSymbol);
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (visited.Body is not null)
        {
            return visited.WithBody(GuardBody(visited.Body, node.Body!, NextGuardLocal()));
        }

        if (visited.ExpressionBody is not null)
        {
            BlockSyntax body = BodyFromExpression(visited.ExpressionBody.Expression, returnsValue, visited.SemicolonToken, NextGuardLocal());
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
            return visited.WithBody(GuardBody(visited.Body, node.Body!, NextGuardLocal()));
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
        if (visited.ExpressionBody is null)
        {
            return visited;
        }

        BlockSyntax body = BodyFromExpression(visited.ExpressionBody.Expression, returnsValue: true, default, NextGuardLocal());
        AccessorListSyntax accessors = AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body)))
            .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(visited.SemicolonToken.TrailingTrivia));
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors);
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        if (visited.ExpressionBody is null)
        {
            return visited;
        }

        BlockSyntax body = BodyFromExpression(visited.ExpressionBody.Expression, returnsValue: true, default, NextGuardLocal());
        AccessorListSyntax accessors = AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body)))
            .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(visited.SemicolonToken.TrailingTrivia));
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(accessors);
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => VisitLambda(node, n => base.VisitParenthesizedLambdaExpression((ParenthesizedLambdaExpressionSyntax)n));

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => VisitLambda(node, n => base.VisitSimpleLambdaExpression((SimpleLambdaExpressionSyntax)n));

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) => VisitLambda(node, n => base.VisitAnonymousMethodExpression((AnonymousMethodExpressionSyntax)n));

    private SyntaxNode VisitLambda(AnonymousFunctionExpressionSyntax node, System.Func<AnonymousFunctionExpressionSyntax, SyntaxNode?> visitChildren)
    {
        bool expressionTree = model.GetTypeInfo(node, cancellationToken).ConvertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace: { } ns }
            && ns.ToDisplayString() == "System.Linq.Expressions";
        bool returnsValue = ReturnsValue(model.GetSymbolInfo(node, cancellationToken).Symbol as IMethodSymbol);
        var visited = (AnonymousFunctionExpressionSyntax)visitChildren(node)!;
        if (expressionTree)
        {
            return visited;
        }

        if (visited.Block is not null)
        {
            return visited.WithBlock(GuardBody(visited.Block, node.Block!, NextGuardLocal()));
        }

        if (visited.ExpressionBody is not null)
        {
            return visited.WithExpressionBody(null).WithBlock(BodyFromExpression(visited.ExpressionBody, returnsValue, default, NextGuardLocal()));
        }

        return visited;
    }

    /// <summary>
    /// A loop's back-edge: counted on credit in a local (<see cref="CreditLoop"/>); in a script with a stackalloc, a
    /// checkpoint with a stack probe on every turn instead (the loop may eat the stack without a call).
    /// </summary>
    private BlockSyntax GuardLoop(StatementSyntax body, System.Func<StatementSyntax, StatementSyntax> withBody)
    {
        string local = NextGuardLocal();
        return probeStack
            ? HoldGuard(local, withBody(WithCheckpoint(body, local, probeStack: true)))
            : CreditLoop(local, withBody, body);
    }

    /// <summary>A fresh name for a local holding the run's guard (reserved prefix: no script can name it).</summary>
    private string NextGuardLocal() => "__cocG" + guardNumber++;

    // ---- records: their compiler-written members walk a chain of records without the script's code ----

    public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node)
    {
        INamedTypeSymbol? record = model.GetDeclaredSymbol(node, cancellationToken);
        return RecordGuards.Guard((RecordDeclarationSyntax)base.VisitRecordDeclaration(node)!, record);
    }

    // ---- query clauses: each is a lambda the compiler writes, so each evaluation passes a checkpoint ----

    public override SyntaxNode? VisitFromClause(FromClauseSyntax node)
    {
        var visited = (FromClauseSyntax)base.VisitFromClause(node)!;
        return visited.WithExpression(Stepped(visited.Expression));
    }

    public override SyntaxNode? VisitLetClause(LetClauseSyntax node)
    {
        var visited = (LetClauseSyntax)base.VisitLetClause(node)!;
        return visited.WithExpression(Stepped(visited.Expression));
    }

    public override SyntaxNode? VisitWhereClause(WhereClauseSyntax node)
    {
        var visited = (WhereClauseSyntax)base.VisitWhereClause(node)!;
        return visited.WithCondition(Stepped(visited.Condition));
    }

    public override SyntaxNode? VisitJoinClause(JoinClauseSyntax node)
    {
        var visited = (JoinClauseSyntax)base.VisitJoinClause(node)!;
        return visited
            .WithInExpression(Stepped(visited.InExpression))
            .WithLeftExpression(Stepped(visited.LeftExpression))
            .WithRightExpression(Stepped(visited.RightExpression));
    }

    public override SyntaxNode? VisitOrdering(OrderingSyntax node)
    {
        var visited = (OrderingSyntax)base.VisitOrdering(node)!;
        return visited.WithExpression(Stepped(visited.Expression));
    }

    public override SyntaxNode? VisitSelectClause(SelectClauseSyntax node)
    {
        var visited = (SelectClauseSyntax)base.VisitSelectClause(node)!;
        return visited.WithExpression(Stepped(visited.Expression));
    }

    public override SyntaxNode? VisitGroupClause(GroupClauseSyntax node)
    {
        var visited = (GroupClauseSyntax)base.VisitGroupClause(node)!;
        return visited.WithGroupExpression(Stepped(visited.GroupExpression)).WithByExpression(Stepped(visited.ByExpression));
    }

    // ---- catch clauses: guard stops pass every filter ----

    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        string name;
        CatchDeclarationSyntax declaration;
        if (visited.Declaration is null)
        {
            name = "__cocEx" + catchNumber++;
            declaration = CatchDeclaration(ParseTypeName("global::System.Exception"), Identifier(name));
        }
        else if (visited.Declaration.Identifier.IsKind(SyntaxKind.None))
        {
            name = "__cocEx" + catchNumber++;
            declaration = visited.Declaration.WithIdentifier(Identifier(name).WithLeadingTrivia(Space));
        }
        else
        {
            name = visited.Declaration.Identifier.ValueText;
            declaration = visited.Declaration;
            name = "@" + name;
        }

        ExpressionSyntax guardFilter = ParseExpression($"{Guard}.CanCatch({name})");
        CatchFilterClauseSyntax filter = visited.Filter is null
            ? CatchFilterClause(guardFilter)
            : visited.Filter.WithFilterExpression(BinaryExpression(SyntaxKind.LogicalAndExpression, guardFilter, ParenthesizedExpression(visited.Filter.FilterExpression)));
        return visited.WithDeclaration(declaration).WithFilter(filter);
    }
}
