using ChainOfCode.Analyzers.Scripts;
using ChainOfCode.Runtime.ScriptCalls;
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
/// The guard is reached through a static field the rewrite adds to the script's class (per loaded assembly, so
/// per run); its name uses the reserved prefix the gate refuses in user code.
/// </summary>
internal sealed partial class GuardRewriter : CSharpSyntaxRewriter
{
    /// <summary>
    /// The script class's static field that holds the run's guard (the holder). A field, not a class of its own: a
    /// type more in every guarded compilation cost its emit about 0.1 ms (group 1, round 16).
    /// </summary>
    internal const string HolderField = "__cocRun";

    private readonly SemanticModel model;
    private readonly CancellationToken cancellationToken;
    private readonly TypeSizes sizes = new HostTypeSizes();
    private readonly ArgumentGuards arguments;
    private readonly bool probeStack;
    private readonly ThrowFreeFunctions throwFree;
    private int catchNumber;
    private int regexSite;
    private int guardNumber;
    // The guard local of the outermost loop around the node being visited, in the same function (null outside loops).
    private string? enclosingLoop;
    // Whether that outermost loop is plain (LoopShape.Plain): its nest counts in a register and settles after it, no finally.
    private bool enclosingPlain;
    // The plain loops of plain nests as the script wrote them (children visited), by their original node: PaidWithInnerLoop.
    private readonly Dictionary<SyntaxNode, StatementSyntax> unguardedLoops = [];

    private GuardRewriter(SemanticModel model, ChainOfCode.Analyzers.Rules.Policy policy, bool probeStack, CancellationToken cancellationToken)
    {
        this.model = model;
        this.probeStack = probeStack;
        this.cancellationToken = cancellationToken;
        arguments = new ArgumentGuards(sizes, policy);
        throwFree = ThrowFreeFunctions.Of(model, model.SyntaxTree.GetRoot(cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The accepted script's compilation with its tree replaced by the guarded one; the arguments checked before
    /// library calls are the <paramref name="policy"/>'s <c>[guards]</c> lines (the catalog's when null).
    /// <paramref name="model"/>: the gate's model of the tree, whose binding the rewrite reuses (a new one when null).
    /// <paramref name="sharedExits"/>: the run's guard counts in shared mode (<see cref="Rewrite"/>).
    /// </summary>
    public static CSharpCompilation Apply(CSharpCompilation accepted, SyntaxTree tree, CancellationToken cancellationToken, ChainOfCode.Analyzers.Rules.Policy? policy = null, SemanticModel? model = null, bool sharedExits = false) =>
        accepted.ReplaceSyntaxTree(tree, Rewrite(tree, model is not null && model.SyntaxTree == tree && model.Compilation == accepted ? model : accepted.GetSemanticModel(tree), cancellationToken, policy, sharedExits));

    // The holder and the script's instance field that reads it: the same two declarations in every guarded tree (parsed
    // once; a tree takes the nodes' green copies).
    private static readonly MemberDeclarationSyntax Holder = ParseMemberDeclaration(
        $"static global::ChainOfCode.Runtime.ScriptGuard {HolderField}; ",
        options: ScriptGate.ParseOptions)!;

    private static readonly UsingDirectiveSyntax ScriptCallsUsing = UsingDirective(ParseName("global::" + typeof(GuardedJsonCalls).Namespace))
        .WithUsingKeyword(Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(Space));

    /// <summary>A call in the tree is an extension of <see cref="GuardedJsonCalls"/> or <see cref="GuardedChainCalls"/>, whose namespace the tree must import.</summary>
    private bool UsesScriptCalls { get; set; }

    private static readonly MemberDeclarationSyntax HolderCopy = ParseMemberDeclaration(
        $"global::ChainOfCode.Runtime.ScriptGuard {ScriptField} = {Guard}; ", options: ScriptGate.ParseOptions)!;

    /// <summary>
    /// The guarded tree of an accepted script (same parse options, same lines). <paramref name="sharedExits"/>: the run's
    /// guard counts in shared mode (a policy that allows threads and a script that starts them:
    /// <see cref="GateOptions.StartsThreads"/>), so every exit is written in its shared form (<see cref="WithSharedExits"/>).
    /// </summary>
    public static SyntaxTree Rewrite(SyntaxTree tree, SemanticModel model, CancellationToken cancellationToken, ChainOfCode.Analyzers.Rules.Policy? policy = null, bool sharedExits = false)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
        bool probeStack = root.DescendantNodes().Any(n => n.IsKind(SyntaxKind.StackAllocArrayCreationExpression) || n.IsKind(SyntaxKind.ImplicitStackAllocArrayCreationExpression));
        policy ??= ChainOfCode.Analyzers.Rules.Policy.Default;
        var rewriter = new GuardRewriter(model, policy, probeStack, cancellationToken);
        var rewritten = rewriter.WithTwins((CompilationUnitSyntax)rewriter.Visit(root)!);
        if (sharedExits)
        {
            rewritten = WithSharedExits(rewritten);
        }

        rewritten = rewritten.WithMembers(rewritten.Members.InsertRange(0, [Holder, HolderCopy]));
        if (rewriter.UsesScriptCalls)
        {
            // On the first line, before the script's own usings: the lines stay the same.
            rewritten = rewritten.WithUsings(rewritten.Usings.Insert(0, ScriptCallsUsing));
        }

        return CSharpSyntaxTree.Create(rewritten, (CSharpParseOptions)tree.Options, "script.csx", System.Text.Encoding.UTF8);
    }

    // ---- loops, labels and switch sections: a checkpoint on every back-edge ----

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        VisitLoop(node, n => base.VisitWhileStatement(n), (loop, body) => loop.WithStatement(body));

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        VisitLoop(node, n => base.VisitDoStatement(n), (loop, body) => loop.WithStatement(body));

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        VisitLoop(node, n => base.VisitForStatement(n), (loop, body) => loop.WithStatement(body));

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        VisitLoop(node, n => base.VisitForEachStatement(n), (loop, body) => loop.WithStatement(body));

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
        VisitLoop(node, n => base.VisitForEachVariableStatement(n), (loop, body) => loop.WithStatement(body));

    /// <summary>
    /// Functions (methods, local functions, lambdas, accessors, expression bodies) start with no enclosing loop: a
    /// loop inside one counts on credit of its own (sharing a local across a function would capture it in a closure).
    /// </summary>
    public override SyntaxNode? Visit(SyntaxNode? node)
    {
        if (node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
            or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax or BaseTypeDeclarationSyntax))
        {
            return base.Visit(node);
        }

        string? outer = enclosingLoop;
        bool outerPlain = enclosingPlain;
        enclosingLoop = null;
        try
        {
            return base.Visit(node);
        }
        finally
        {
            enclosingLoop = outer;
            enclosingPlain = outerPlain;
        }
    }

    /// <summary>
    /// A loop's back-edge. A loop that runs no script code (<see cref="LoopShape.Bounded"/> or <see cref="LoopShape.Plain"/>:
    /// no call, no await, no yield) counts on credit in a local (<see cref="CreditLoop"/>); a loop nested in it spends the
    /// outermost loop's credit (<see cref="CreditTurn"/>: no guard call when it starts, one settle for the whole nest), and
    /// the nest's shape decides whether it needs a finally to settle. Any other loop passes a checkpoint every turn, so no
    /// credit is ever held while other script code runs: every checkpoint that decides the step budget sees the steps
    /// really taken (a loop inside such a loop is a nest of its own). In a script with a stackalloc, a checkpoint with a
    /// stack probe on every turn (the loop may eat the stack without a call).
    /// </summary>
    private SyntaxNode VisitLoop<T>(T node, System.Func<T, SyntaxNode?> visitChildren, System.Func<T, StatementSyntax, T> withBody)
        where T : StatementSyntax
    {
        string? outer = enclosingLoop;
        bool outerPlain = enclosingPlain;
        LoopShape shape = probeStack ? LoopShape.Any : LoopShapes.Of(model, node, cancellationToken);
        // A loop that may run script code holds no credit (an enclosing nest never may: its shape is its loops' least).
        bool credited = shape != LoopShape.Any;
        string local = (credited ? outer : null) ?? NextGuardLocal();
        enclosingLoop = credited ? local : null;
        enclosingPlain = outer is null ? shape == LoopShape.Plain : outerPlain;
        T visited;
        try
        {
            visited = (T)visitChildren(node)!;
        }
        finally
        {
            enclosingLoop = outer;
            enclosingPlain = outerPlain;
        }

        visited = UsingLocal(visited, local);
        StatementSyntax body = BodyOf(visited);
        if (!credited)
        {
            return HoldGuard(local, withBody(visited, WithCheckpoint(body, local, probeStack)));
        }

        // A plain nest's loop whose body is one short constant-count loop pays its turn and that loop's turns at once.
        StatementSyntax? folded = shape == LoopShape.Plain && (outer is null || outerPlain) ? PaidWithInnerLoop(node, body, local) : null;
        if (outer is null)
        {
            return shape == LoopShape.Plain
                ? PlainCreditLoop(local, b => PaidAtOnce(node, visited, withBody(visited, b), local, settledInFinally: false), body, folded)
                : CreditLoop(local, b => withBody(visited, b), body);
        }

        if (shape == LoopShape.Plain && outerPlain)
        {
            // Kept for the loop around it (PaidWithInnerLoop): this loop as the script wrote it, its children visited.
            unguardedLoops[node] = visited;
        }

        StatementSyntax counted = withBody(visited, folded ?? CreditTurn(local, body, settledInFinally: !outerPlain));
        return shape == LoopShape.Plain ? PaidAtOnce(node, visited, counted, local, settledInFinally: !outerPlain) : counted;
    }

    private static StatementSyntax BodyOf(StatementSyntax loop) => loop switch
    {
        WhileStatementSyntax w => w.Statement,
        DoStatementSyntax d => d.Statement,
        ForStatementSyntax f => f.Statement,
        _ => ((CommonForEachStatementSyntax)loop).Statement,
    };

    public override SyntaxNode? VisitLabeledStatement(LabeledStatementSyntax node)
    {
        var visited = (LabeledStatementSyntax)base.VisitLabeledStatement(node)!;
        // A label on a declaration is split by the statement list it is in (WithLabeledDeclarationsSplit): a block around
        // the declaration would end its scope there.
        return LabeledDeclaration(visited) is null ? visited.WithStatement(WithCheckpoint(visited.Statement, Guard, probeStack)) : visited;
    }

    public override SyntaxNode? VisitBlock(BlockSyntax node)
    {
        var visited = (BlockSyntax)base.VisitBlock(node)!;
        return visited.WithStatements(WithLabeledDeclarationsSplit(visited.Statements));
    }

    public override SyntaxNode? VisitSwitchSection(SwitchSectionSyntax node)
    {
        // "goto case" and "goto default" jump between sections without a label or a loop.
        var visited = (SwitchSectionSyntax)base.VisitSwitchSection(node)!;
        return visited.WithStatements(WithLabeledDeclarationsSplit(visited.Statements).Insert(0, CheckpointStatement(Guard, probeStack)));
    }

    // The declaration a label (or a chain of labels, "a: b: int x = 0;") is on: a local, a using declaration or a local
    // function; null for any other statement.
    private static StatementSyntax? LabeledDeclaration(LabeledStatementSyntax label)
    {
        StatementSyntax statement = label.Statement;
        while (statement is LabeledStatementSyntax inner)
        {
            statement = inner.Statement;
        }

        return statement is LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax ? statement : null;
    }

    // "l: int x = 0;" becomes "l: guard.Checkpoint(); int x = 0;": the label keeps its checkpoint (a goto back to it is
    // a loop) and the declaration stays in the scope it was written in (in a block of its own, a local function or a
    // local was in scope nowhere after it: the guarded script did not compile, CS0103).
    private SyntaxList<StatementSyntax> WithLabeledDeclarationsSplit(SyntaxList<StatementSyntax> statements)
    {
        if (!statements.Any(s => s is LabeledStatementSyntax label && LabeledDeclaration(label) is not null))
        {
            return statements;
        }

        var split = new List<StatementSyntax>(statements.Count + 1);
        foreach (StatementSyntax statement in statements)
        {
            if (statement is LabeledStatementSyntax label && LabeledDeclaration(label) is { } declaration)
            {
                split.Add(label.ReplaceNode(declaration, CheckpointStatement(Guard, probeStack)));
                split.Add(declaration);
            }
            else
            {
                split.Add(statement);
            }
        }

        return List(split);
    }

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
