using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// The syntax the guard rewrite inserts: calls on the run's guard (<c>__cocRun</c>), checkpoints on
/// back-edges, and the <c>Enter(); try { ... } finally { Exit(); }</c> frame of a guarded body. Nothing here
/// adds a line break, so user lines keep their numbers.
/// </summary>
internal static class GuardSyntax
{
    /// <summary>The run's guard as the rewritten script names it.</summary>
    public const string Guard = GuardRewriter.HolderField;

    /// <summary>
    /// The run's guard in a field of the script's own object (a top-level variable the rewrite declares first): the
    /// script's top-level instance methods read it off <c>this</c>, cheaper than a static field of a collectible assembly.
    /// </summary>
    public const string ScriptField = "__cocGuard";

    // The statements inserted are a few shapes over numbered guard locals: the same texts come back script after script.
    // Each is parsed once (a parsed node joins any tree as its green copy), up to a bound on the texts kept.
    private const int MaxParsedStatements = 4096;
    private static readonly ConcurrentDictionary<string, StatementSyntax> ParsedStatements = new(System.StringComparer.Ordinal);

    /// <summary><see cref="SyntaxFactory.ParseStatement"/> of a guard statement, parsed once per text.</summary>
    internal static StatementSyntax Statement(string text)
    {
        if (!ParsedStatements.TryGetValue(text, out StatementSyntax? statement))
        {
            statement = ParseStatement(text);
            if (ParsedStatements.Count < MaxParsedStatements)
            {
                ParsedStatements.TryAdd(text, statement);
            }
        }

        return statement;
    }

    /// <summary>The guard's pre-check of an allocation of <paramref name="size"/> items of <paramref name="bytes"/> bytes each.</summary>
    public static ExpressionSyntax ItemsCheck(ExpressionSyntax size, int bytes) => GuardCall("Items", size, bytes);

    /// <summary><c>__cocRun.Method(value[, extra])</c> with the value's trivia outside the call.</summary>
    public static ExpressionSyntax GuardCall(string method, ExpressionSyntax value, int? extra)
    {
        var arguments = new List<ArgumentSyntax> { Argument(value.WithoutTrivia()) };
        if (extra is { } number)
        {
            arguments.Add(Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(number))));
        }

        var call = (InvocationExpressionSyntax)ParseExpression($"{Guard}.{method}()");
        return call.WithArgumentList(ArgumentList(SeparatedList(arguments))).WithTriviaFrom(value);
    }

    /// <summary><c>__cocRun.Step(expression)</c>: a checkpoint each time the expression is evaluated (query clauses).</summary>
    public static ExpressionSyntax Stepped(ExpressionSyntax expression) => GuardCall("Step", expression, null);

    /// <summary>
    /// <c>__cocRun.Check(value, "member", "order")</c>: the last input of a call whose result grows with several
    /// (<c>CheckSequence</c> for a sequence, which a lazy one also counts as the call drains it).
    /// </summary>
    public static ExpressionSyntax CheckCall(ExpressionSyntax value, string member, string order, string method = "Check")
    {
        var call = (InvocationExpressionSyntax)ParseExpression($"{Guard}.{method}()");
        return call.WithArgumentList(ArgumentList(SeparatedList(new[]
        {
            Argument(value.WithoutTrivia()),
            Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(member))),
            Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(order))),
        }))).WithTriviaFrom(value);
    }

    /// <summary>
    /// <c>guard.Checkpoint();</c>, on the holder's field or on a local that holds the guard (<see cref="HoldGuard"/>);
    /// <c>guard.StackCheckpoint();</c> with <paramref name="probeStack"/>, for scripts with a stackalloc (a loop can
    /// then eat the stack without a call, between two of the full checks a plain checkpoint runs).
    /// </summary>
    public static StatementSyntax CheckpointStatement(string guard = Guard, bool probeStack = false) =>
        Statement(probeStack ? $"{guard}.StackCheckpoint(); " : $"{guard}.Checkpoint(); ");

    public static BlockSyntax WithCheckpoint(StatementSyntax body, string guard = Guard, bool probeStack = false) => body is BlockSyntax block
        ? block.WithStatements(block.Statements.Insert(0, CheckpointStatement(guard, probeStack)))
        : Block(CheckpointStatement(guard, probeStack), body);

    /// <summary>
    /// A loop that counts its turns on credit (<see cref="ScriptGuard.Refill"/>): <c>{ var g = __cocRun; long t = 0, s = 0;
    /// try { loop, its body starting with its turn (<see cref="CreditTurn"/>) } catch when ((s = g.Unwinding(s)) != 0) { throw; }
    /// finally { g.Settle(s); } }</c>. The count lives in a local of the script's method, so a turn costs a decrement and
    /// a store. The filter, never true, gives the credit back as soon as an exception leaves the loop, before the filters
    /// of the script's catch clauses run script code (an exception's first pass runs every filter before any finally).
    /// </summary>
    public static BlockSyntax CreditLoop(string local, System.Func<StatementSyntax, StatementSyntax> withBody, StatementSyntax body)
    {
        string credit = local + "s";
        StatementSyntax loop = withBody(CreditTurn(local, body, settledInFinally: true));
        TryStatementSyntax guarded = TryStatement(
            Block(loop.WithoutTrivia()),
            SingletonList(CatchClause(default, CatchFilterClause(ParseExpression($"({credit} = {local}.Unwinding({credit})) != 0")), Block(ThrowStatement()))),
            FinallyClause(Block(Statement($"{local}.Settle({credit}); "))));
        return Block(Statement($"var {local} = {Guard}; "), Statement($"long {local}t = 0, {credit} = 0; "), guarded)
            .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(loop.GetLeadingTrivia()))
            .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(loop.GetTrailingTrivia()));
    }

    /// <summary>
    /// A plain loop (<see cref="LoopShape.Plain"/>: it cannot throw, and leaves only by its condition or a break):
    /// <c>{ var g = __cocRun; long t = 0; loop; g.Settle(t); }</c>. No finally reads the count, so the JIT keeps it in a
    /// register: a turn costs a decrement and a branch. A stop thrown by <see cref="ScriptGuard.Refill"/> leaves no
    /// credit behind (the loop holds none when it refills). <paramref name="paidBody"/>: the body with its turn already paid
    /// (<c>GuardRewriter.PaidWithInnerLoop</c>), used instead of <see cref="CreditTurn"/>'s.
    /// </summary>
    public static BlockSyntax PlainCreditLoop(string local, System.Func<StatementSyntax, StatementSyntax> withBody, StatementSyntax body, StatementSyntax? paidBody = null)
    {
        StatementSyntax loop = withBody(paidBody ?? CreditTurn(local, body, settledInFinally: false));
        return Block(Statement($"var {local} = {Guard}; "), Statement($"long {local}t = 0; "), loop.WithoutTrivia(), Statement($"{local}.Settle({local}t); "))
            .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(loop.GetLeadingTrivia()))
            .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(loop.GetTrailingTrivia()));
    }

    /// <summary>
    /// A loop body starting with its turn, <c>if ((s = --t) &lt; 0) s = t = g.Refill(t);</c>, spending the credit of the
    /// loop whose guard local is <paramref name="local"/> (its own, or its outermost enclosing loop's).
    /// The credit is counted in <c>t</c> and copied to <c>s</c>, which only the finally reads: the JIT keeps a local that a
    /// finally reads in memory when it has several assignments (a load and a store a turn, one chained to the next),
    /// while <c>t</c> stays in a register and <c>s</c> costs a store. Both hold the same value wherever the loop can throw.
    /// A turn does not read the guard's flag (the loop runs no script code, and its turns take nanoseconds): the refill,
    /// at most <see cref="ScriptGuard.FullCheckInterval"/> turns away (up to <see cref="ScriptGuard.MaxReserve"/> while refills
    /// come faster than the ticker's beat: <see cref="ScriptGuard.Refill"/>), does. Without <paramref name="settledInFinally"/>
    /// (a plain nest) there is no <c>s</c>.
    /// </summary>
    public static BlockSyntax CreditTurn(string local, StatementSyntax body, bool settledInFinally = true)
    {
        string credit = local + "s";
        string count = local + "t";
        StatementSyntax turn = settledInFinally
            ? Statement($"if (({credit} = --{count}) < 0) {credit} = {count} = {local}.Refill({count}); ")
            : Statement($"if (--{count} < 0) {count} = {local}.Refill({count}); ");
        return body is BlockSyntax block ? block.WithStatements(block.Statements.Insert(0, turn)) : Block(turn, body);
    }

    /// <summary>
    /// <c>{ var local = __cocRun; statement }</c>: the holder's field is read once, not at every turn of a loop
    /// (a static field of a collectible assembly costs more to read than a local). The statement's trivia moves outside.
    /// </summary>
    public static BlockSyntax HoldGuard(string local, StatementSyntax statement) =>
        Block(Statement($"var {local} = {Guard}; "), statement.WithoutTrivia())
            .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(statement.GetLeadingTrivia()))
            .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(statement.GetTrailingTrivia()));

    /// <summary>
    /// <paramref name="node"/> with its reads of the holder's field (<c>__cocRun</c>: in a collectible assembly, a helper
    /// call per read) replaced by <paramref name="local"/>, which holds the same guard, outside nested functions and
    /// query clauses (a query clause is a lambda: it would capture the local).
    /// </summary>
    public static T UsingLocal<T>(T node, string local)
        where T : SyntaxNode
    {
        IEnumerable<IdentifierNameSyntax> reads = node
            .DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax))
            .OfType<IdentifierNameSyntax>()
            .Where(name => name.Identifier.ValueText == GuardRewriter.HolderField);
        return node.ReplaceNodes(reads, (_, read) => IdentifierName(local).WithTriviaFrom(read));
    }

    /// <summary>A method, constructor or operator: a guarded block body, whether it had a block or an expression.</summary>
    public static BaseMethodDeclarationSyntax GuardMember(BaseMethodDeclarationSyntax original, BaseMethodDeclarationSyntax visited, bool returnsValue, string local, string source = Guard, string? exitType = null, bool leaf = false, string? iteratorElement = null)
    {
        if (visited.Body is not null)
        {
            return visited.WithBody(GuardBody(visited.Body, original.Body!, local, source, exitType, leaf, iteratorElement));
        }

        if (visited.ExpressionBody is not null)
        {
            BlockSyntax body = BodyFromExpression(visited.ExpressionBody.Expression, returnsValue, visited.SemicolonToken, local, source, exitType, leaf);
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body);
        }

        return visited;
    }

    public static bool ReturnsValue(IMethodSymbol? method)
    {
        if (method is null || method.ReturnsVoid)
        {
            return false;
        }

        if (method.IsAsync && method.ReturnType is INamedTypeSymbol { Arity: 0, Name: "Task" or "ValueTask" })
        {
            return false;
        }

        return true;
    }

    public static bool IsIterator(BlockSyntax body) =>
        body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<YieldStatementSyntax>().Any();

    /// <summary><c>{ var local = __cocRun; local.Enter(); try { body } finally { local.Exit(); } }</c>, keeping the body's
    /// braces and trivia (the guard is read once per call). An iterator yielding <paramref name="iteratorElement"/> counts a
    /// level while its <c>MoveNext</c> runs (<see cref="IteratorBody"/>); a leaf (<see cref="ThrowFreeFunctions.IsLeaf"/>) gets a checkpoint on the guard it reads,
    /// <c>{ var local = __cocRun; local.Checkpoint(); body }</c>. A throw-free function (<see cref="ThrowFreeFunctions"/>) returning a value of
    /// <paramref name="exitType"/> has no try: <c>{ var local = __cocRun; local.Enter(); ... return local.Exit&lt;T&gt;(value); }</c>.</summary>
    public static BlockSyntax GuardBody(BlockSyntax visited, BlockSyntax original, string local, string source = Guard, string? exitType = null, bool leaf = false, string? iteratorElement = null)
    {
        if (IsIterator(original))
        {
            return iteratorElement is null
                ? visited.WithStatements(visited.Statements.Insert(0, CheckpointStatement()))
                : IteratorBody(UsingLocal(visited, local), local, source, iteratorElement, Awaits(original));
        }

        visited = UsingLocal(visited, local);
        if (leaf)
        {
            return visited.WithStatements(visited.Statements.InsertRange(0, new[] { Statement($"var {local} = {source}; "), CheckpointStatement(local) }));
        }

        if (exitType is not null)
        {
            IEnumerable<ReturnStatementSyntax> returns = visited
                .DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .OfType<ReturnStatementSyntax>()
                .Where(r => r.Expression is not null);
            BlockSyntax exiting = visited.ReplaceNodes(returns, (_, r) => r.WithExpression(
                ParseExpression($"{local}.Exit<{exitType}>()") is InvocationExpressionSyntax call
                    ? call.WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(r.Expression!.WithoutTrivia())))).WithTriviaFrom(r.Expression!)
                    : r.Expression!));
            return exiting.WithStatements(exiting.Statements.InsertRange(0, new[] { Statement($"var {local} = {source}; "), Statement($"{local}.Enter(); ") }));
        }

        TryStatementSyntax guarded = TryStatement(
            Block(visited.Statements),
            default,
            FinallyClause(Block(Statement(Awaits(original) ? $"{local}.ExitAwaiting(); " : $"{local}.Exit(); "))));
        return visited.WithStatements(List(new StatementSyntax[] { Statement($"var {local} = {source}; "), Statement($"{local}.Enter(); "), guarded }));
    }

    /// <summary>
    /// True when a body awaits (an <c>await</c>, <c>await foreach</c> or <c>await using</c> outside its nested functions):
    /// its finally ends the unwinding of a stopped run (<see cref="ScriptGuard.ExitAwaiting"/>).
    /// </summary>
    private static bool Awaits(BlockSyntax body) =>
        body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).Any(n => n switch
        {
            AwaitExpressionSyntax => true,
            CommonForEachStatementSyntax loop => !loop.AwaitKeyword.IsKind(SyntaxKind.None),
            UsingStatementSyntax statement => !statement.AwaitKeyword.IsKind(SyntaxKind.None),
            LocalDeclarationStatementSyntax declaration => !declaration.AwaitKeyword.IsKind(SyntaxKind.None),
            _ => false,
        });

    /// <summary>
    /// An iterator's body (sync or async), entered at every resumption and left at every <c>yield return</c>, so that its
    /// level counts only while its <c>MoveNext</c> runs, as a call's would (an iterator's frame outlives the call that made
    /// it, and a recursion through nested iterators nests <c>MoveNext</c> frames):
    /// <c>{ var g = __cocRun; bool i = false; try { g.Enter(); i = true; body } finally { if (i) g.Exit(); } }</c>, each
    /// <c>yield return e;</c> becoming <c>{ T v = e; i = false; g.Exit(); yield return v; g.Enter(); i = true; }</c>: the value
    /// is computed at the iterator's level, and a <c>Dispose</c> while suspended at a yield, or a stop thrown by the
    /// <c>Enter</c> after it, leaves nothing to give back.
    /// </summary>
    private static BlockSyntax IteratorBody(BlockSyntax visited, string local, string source, string element, bool awaits)
    {
        string inside = local + "i";
        string value = local + "v";
        IEnumerable<YieldStatementSyntax> yields = visited
            .DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<YieldStatementSyntax>()
            .Where(y => y.IsKind(SyntaxKind.YieldReturnStatement));
        BlockSyntax body = visited.ReplaceNodes(yields, (_, y) =>
        {
            var declaration = (LocalDeclarationStatementSyntax)ParseStatement($"{element} {value} = default; ");
            VariableDeclaratorSyntax declarator = declaration.Declaration.Variables[0];
            declaration = declaration.ReplaceNode(declarator.Initializer!.Value, y.Expression!.WithoutTrivia());
            return Block(
                    declaration,
                    Statement($"{inside} = false; "),
                    Statement($"{local}.Exit(); "),
                    y.WithExpression(IdentifierName(value)).WithoutTrivia(),
                    Statement($"{local}.Enter(); "),
                    Statement($"{inside} = true; "))
                .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(y.GetLeadingTrivia()))
                .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(y.GetTrailingTrivia()));
        });
        TryStatementSyntax guarded = TryStatement(
            Block(body.Statements.InsertRange(0, new[] { Statement($"{local}.Enter(); "), Statement($"{inside} = true; ") })),
            default,
            FinallyClause(awaits
                ? Block(Statement($"if ({inside}) {local}.Exit(); "), Statement($"{local}.EndUnwinding(); "))
                : Block(Statement($"if ({inside}) {local}.Exit(); "))));
        return body.WithStatements(List(new StatementSyntax[] { Statement($"var {local} = {source}; "), Statement($"bool {inside} = false; "), guarded }));
    }

    /// <summary>An expression body as a guarded block; the semicolon's trivia (the line break) moves to the closing brace.</summary>
    public static BlockSyntax BodyFromExpression(ExpressionSyntax expression, bool returnsValue, SyntaxToken semicolon, string local, string source = Guard, string? exitType = null, bool leaf = false)
    {
        StatementSyntax statement = expression is ThrowExpressionSyntax thrown
            ? ThrowStatement(thrown.Expression).WithThrowKeyword(Token(SyntaxKind.ThrowKeyword).WithTrailingTrivia(Space))
            : returnsValue
                ? ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), expression, Token(SyntaxKind.SemicolonToken))
                : ExpressionStatement(expression);
        BlockSyntax inner = Block(statement);
        BlockSyntax guarded = GuardBody(inner, inner, local, source, returnsValue ? exitType : null, leaf);
        return guarded.WithCloseBraceToken(guarded.CloseBraceToken.WithTrailingTrivia(semicolon.TrailingTrivia));
    }

    /// <summary>
    /// An invocation's expression in a <c>?.</c> chain whose receiver cannot leave the chain (<c>?.M</c>, or <c>?.a.M</c>:
    /// a receiver that starts with a binding) with that receiver passed through an extension first:
    /// <c>?.__ext(argument).M</c>, <c>?.a.__ext(argument).M</c>. Null for any other expression.
    /// </summary>
    internal static ExpressionSyntax? ThroughChainExtension(ExpressionSyntax expression, string extension, ExpressionSyntax argument)
    {
        ArgumentListSyntax arguments = ArgumentList(SingletonSeparatedList(Argument(argument)));
        return expression switch
        {
            MemberBindingExpressionSyntax binding => MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                InvocationExpression(MemberBindingExpression(IdentifierName(extension)), arguments),
                binding.Name.WithoutTrivia()).WithTriviaFrom(binding),
            MemberAccessExpressionSyntax access when StartsWithBinding(access.Expression) => access.WithExpression(
                InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, access.Expression, IdentifierName(extension)), arguments)),
            _ => null,
        };
    }

    /// <summary>Whether a conditional access's chain starts with a binding (<c>.b</c>, <c>[i]</c>) rather than a receiver.</summary>
    internal static bool StartsWithBinding(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case MemberBindingExpressionSyntax or ElementBindingExpressionSyntax:
                    return true;
                case MemberAccessExpressionSyntax access:
                    expression = access.Expression;
                    break;
                case InvocationExpressionSyntax invocation:
                    expression = invocation.Expression;
                    break;
                case ElementAccessExpressionSyntax element:
                    expression = element.Expression;
                    break;
                case PostfixUnaryExpressionSyntax postfix:
                    expression = postfix.Operand;
                    break;
                default:
                    return false;
            }
        }
    }

    /// <summary>The call at the head of a conditional access's chain ("x?.Replace(a, b).Length" → ".Replace(a, b)").</summary>
    internal static InvocationExpressionSyntax? HeadInvocation(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax } head:
                    return head;
                case InvocationExpressionSyntax invocation:
                    expression = invocation.Expression;
                    break;
                case MemberAccessExpressionSyntax access:
                    expression = access.Expression;
                    break;
                case ElementAccessExpressionSyntax element:
                    expression = element.Expression;
                    break;
                case ConditionalAccessExpressionSyntax conditional:
                    expression = conditional.Expression;
                    break;
                case PostfixUnaryExpressionSyntax postfix:
                    expression = postfix.Operand;
                    break;
                default:
                    return null;
            }
        }
    }
}
