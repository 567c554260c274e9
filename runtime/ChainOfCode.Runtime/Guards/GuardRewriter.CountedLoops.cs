using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// Counted loops: an innermost plain loop <c>for (var v = A; v &lt; B; v++)</c> whose body changes neither <c>v</c> nor
/// <c>B</c> and cannot leave early (no break: a plain body cannot throw) turns exactly <c>B - A</c> times, known when it
/// starts. It pays its turns at once, from the nest's credit or from <see cref="ScriptGuard.Reserve"/>, and runs without a
/// turn; a loop of more than <see cref="ScriptGuard.MaxReserve"/> turns pays and runs in chunks of that many. When the guard
/// grants less (the step budget's end, a host read), the chunks are what it grants, down to one turn paid by a refill.
/// </summary>
internal sealed partial class GuardRewriter
{
    /// <summary>
    /// <paramref name="visited"/>, a counted loop, as chunks whose turns are paid at once:
    /// <c>{ var v = A; for (;;) { if (!(v &lt; B)) break; long k = min(B - v, MaxReserve); if (k &gt; t &amp;&amp; k &gt; (t = g.Reserve(t, k))) { if (t &gt; 0) k = t;
    /// else { k = 1; t = g.Refill(-1) + 1; } } t -= k; T e = (T)(v + k); for (; v &lt; e; v++) body } }</c>. A loop of at most
    /// <see cref="ScriptGuard.MaxReserve"/> turns that the credit or a reserve covers is one chunk; when the guard grants less (the
    /// step budget's end, a host read) the chunks are what it grants, and one turn at a time, each paid by a refill, when it grants
    /// nothing. The body is written once, so the JIT keeps what it accumulates in the register where it lives (with a second copy
    /// of the body, it summed into another register and copied back every turn). The chunks' loop is not a <c>while</c>: around
    /// a <c>while</c> the JIT did not align the body's loop in a script's top-level code, which then ran 1.6 times slower
    /// wherever it straddled a 64-byte line. <paramref name="counted"/> (the loop with its turns
    /// counted one by one) when <paramref name="original"/> is not a counted loop, or when the loop's header holds a line break
    /// (the header is rewritten; the body keeps its lines).
    /// </summary>
    private StatementSyntax PaidAtOnce(StatementSyntax original, StatementSyntax visited, StatementSyntax counted, string local, bool settledInFinally)
    {
        if (original is not ForStatementSyntax loop || visited is not ForStatementSyntax fast || !IsCounted(loop)
            || fast.Declaration is not { } declaration || fast.Condition is not BinaryExpressionSyntax { Right: var end })
        {
            return counted;
        }

        string header = fast.ToFullString().Substring(fast.OpenParenToken.Span.End - fast.FullSpan.Start, fast.CloseParenToken.SpanStart - fast.OpenParenToken.Span.End);
        if (header.IndexOfAny(['\n', '\r']) >= 0)
        {
            return counted;
        }

        // B - v is unchecked: a long range wider than long.MaxValue wraps below zero (and, of constants, would not compile), and
        // is then at least a whole chunk. v + k is at most B.
        string number = NextGuardLocal();
        string chunk = number + "k";
        string stop = number + "e";
        string credit = local + "t";
        string settled = settledInFinally ? $"{local}s = " : "";
        string counter = declaration.Variables[0].Identifier.ValueText;
        string type = model.GetDeclaredSymbol(loop.Declaration!.Variables[0], cancellationToken) is ILocalSymbol { Type.SpecialType: SpecialType.System_Int32 } ? "int" : "long";
        string bound = end.WithoutTrivia().ToString();
        ForStatementSyntax run = fast.WithDeclaration(null).WithCondition(ParseExpression($"{counter} < {stop}").WithTriviaFrom(fast.Condition));
        StatementSyntax statement = ParseStatement(
            $"{{ {declaration.WithoutTrivia()}; "
            + $"for (;;) {{ if (!({counter} < ({bound}))) break; long {chunk} = unchecked((long)({bound}) - {counter}); if ({chunk} > {ScriptGuard.MaxReserve} || {chunk} < 0) {chunk} = {ScriptGuard.MaxReserve}; "
            + $"if ({chunk} > {credit} && {chunk} > ({settled}{credit} = {local}.Reserve({credit}, {chunk}))) {{ if ({credit} > 0) {chunk} = {credit}; else {{ {chunk} = 1; {settled}{credit} = {local}.Refill(-1) + 1; }} }} "
            + $"{settled}{credit} -= {chunk}; {type} {stop} = ({type})({counter} + {chunk}); {run.WithoutTrivia().ToFullString()} }} }}");
        return statement.WithLeadingTrivia(counted.GetLeadingTrivia()).WithTrailingTrivia(counted.GetTrailingTrivia());
    }

    /// <summary>The most turns of an inner loop that <see cref="PaidWithInnerLoop"/> pays with the turn of the loop around it.</summary>
    internal const long MaxPaidInnerTurns = 256;

    /// <summary>
    /// The body of <paramref name="original"/>, a loop of a plain nest, when that body is one counted loop (<see cref="IsCounted"/>)
    /// whose start and bound are constants, that turns 1 to <see cref="MaxPaidInnerTurns"/> times and assigns no local: each turn
    /// pays itself and the inner loop's K turns at once, and the inner loop runs as the script wrote it,
    /// <c>{ if (t &lt; K + 1 &amp;&amp; K + 1 &gt; (t = g.Reserve(t, K + 1))) { turn; the inner loop paid as before; continue; } t -= K + 1; inner loop }</c>.
    /// So a deep nest of short loops (group 5c) runs neither the chunks' arithmetic nor a turn of its own around its innermost loop. When
    /// the guard grants less (the step budget's end, a host read) the turn is counted as before, by the second copy (<paramref name="visitedBody"/>'s
    /// counted loop, written on one line so that every line keeps its number). Not when the body assigns a local: with two copies of
    /// a loop that adds to a local, the JIT gave the hot copy's sum a register of its own and copied it back every turn (about 1.5x on
    /// group 2's loops in a method); the fields a script's top-level variables are have no such register. Null when it does not apply.
    /// </summary>
    private StatementSyntax? PaidWithInnerLoop(StatementSyntax original, StatementSyntax visitedBody, string local)
    {
        StatementSyntax originalBody = original switch
        {
            ForStatementSyntax f => f.Statement,
            WhileStatementSyntax w => w.Statement,
            DoStatementSyntax d => d.Statement,
            _ => original,
        };
        if ((originalBody is BlockSyntax { Statements: [ForStatementSyntax only] } ? only : originalBody) is not ForStatementSyntax inner
            || original == originalBody
            || !unguardedLoops.TryGetValue(inner, out StatementSyntax? unguarded)
            || ConstantTurns(inner) is not long turns || turns is < 1 or > MaxPaidInnerTurns
            || AssignsLocal(inner.Statement))
        {
            return null;
        }

        StatementSyntax counted = visitedBody is BlockSyntax { Statements: [var single] } ? single : visitedBody;
        string fallback = string.Join(" ", counted.DescendantTokens().Select(token => token.Text));
        if (fallback.IndexOfAny(['\n', '\r']) >= 0)
        {
            return null;
        }

        long paid = turns + 1;
        string credit = local + "t";
        StatementSyntax slow = GuardSyntax.CreditTurn(local, Block(ParseStatement(fallback + " "), ContinueStatement()), settledInFinally: false);
        StatementSyntax head = ParseStatement($"if ({credit} < {paid} && {paid} > ({credit} = {local}.Reserve({credit}, {paid}))) {slow.ToFullString()} ");
        BlockSyntax block = visitedBody as BlockSyntax ?? Block();
        return block.WithStatements(List([head, ParseStatement($"{credit} -= {paid};"), unguarded]));
    }

    // B - A of a counted loop whose start A and bound B are integral constants.
    private long? ConstantTurns(ForStatementSyntax loop) =>
        IsCounted(loop) && Integral(model.GetConstantValue(loop.Declaration!.Variables[0].Initializer!.Value, cancellationToken)) is long start
            && Integral(model.GetConstantValue(((BinaryExpressionSyntax)loop.Condition!).Right, cancellationToken)) is long bound
            ? bound - start
            : null;

    private static long? Integral(Optional<object?> constant) => constant.HasValue ? constant.Value switch
    {
        int i => i,
        long l => l,
        short s => s,
        ushort u => u,
        byte b => b,
        sbyte b => b,
        char c => c,
        uint u => u,
        _ => null,
    } : null;

    private bool AssignsLocal(StatementSyntax body) => model.GetOperation(body, cancellationToken) is not { } operation
        || operation.DescendantsAndSelf().Any(o => (o is IAssignmentOperation assignment ? assignment.Target : (o as IIncrementOrDecrementOperation)?.Target) is ILocalReferenceOperation);

    /// <summary>
    /// <c>for (var v = A; v &lt; B; v++)</c>, v an int or a long, B a constant or a local or by-value parameter that no
    /// lambda or local function names and no <c>ref</c> aliases, of v's type or converted to it, A with no assignment;
    /// plain (<see cref="LoopShape.Plain"/>), with no loop and no <c>break</c> inside, and no assignment to v or B in its body.
    /// </summary>
    private bool IsCounted(ForStatementSyntax loop)
    {
        if (loop.Declaration is not { Variables: [{ Initializer: not null } variable] } || loop.Initializers.Count != 0
            || loop.Condition is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LessThanExpression, Left: IdentifierNameSyntax left, Right: var end }
            || left.Identifier.ValueText != variable.Identifier.ValueText
            || loop.Incrementors is not [PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression, Operand: IdentifierNameSyntax } or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression, Operand: IdentifierNameSyntax }]
            || ((loop.Incrementors[0] as PostfixUnaryExpressionSyntax)?.Operand ?? ((PrefixUnaryExpressionSyntax)loop.Incrementors[0]).Operand) is not IdentifierNameSyntax stepped
            || stepped.Identifier.ValueText != variable.Identifier.ValueText
            || model.GetDeclaredSymbol(variable, cancellationToken) is not ILocalSymbol { Type.SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 } counter
            || loop.Statement.DescendantNodesAndSelf().Any(n => n is BreakStatementSyntax or CommonForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax)
            || LoopShapes.Of(model, loop, cancellationToken) != LoopShape.Plain
            // The comparison in the counter's own type (an int counter below a long bound wraps and never reaches it), and a
            // start that reads the same when evaluated again (the rewrite evaluates it twice: first for the turns it pays).
            || model.GetOperation(loop.Condition, cancellationToken) is not IBinaryOperation { LeftOperand: ILocalReferenceOperation }
            || model.GetOperation(variable.Initializer!.Value, cancellationToken) is not { } start
            || start.DescendantsAndSelf().Any(operation => operation is IAssignmentOperation or IIncrementOrDecrementOperation))
        {
            return false;
        }

        ISymbol? bound = null;
        if (!model.GetConstantValue(end, cancellationToken).HasValue)
        {
            bound = model.GetSymbolInfo(end, cancellationToken).Symbol;
            if (bound is not (ILocalSymbol { IsRef: false, IsConst: false } or IParameterSymbol { RefKind: RefKind.None }) || Aliased(loop, bound.Name))
            {
                return false;
            }
        }

        return model.GetOperation(loop.Statement, cancellationToken) is { } body && !body.DescendantsAndSelf().Any(operation => Assigns(operation, counter) || (bound is not null && Assigns(operation, bound)));
    }

    // A lambda, a local function or a ref of the enclosing function may name the bound: it could change while the loop runs.
    private static bool Aliased(SyntaxNode loop, string name)
    {
        SyntaxNode function = loop.Ancestors().FirstOrDefault(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax)
            ?? loop.SyntaxTree.GetRoot();
        return function.DescendantNodes().Any(n => n is RefExpressionSyntax or RefTypeSyntax
            || (n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax && n.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == name)));
    }

    private static bool Assigns(IOperation operation, ISymbol symbol)
    {
        IOperation? target = operation switch
        {
            IAssignmentOperation assignment => assignment.Target,
            IIncrementOrDecrementOperation step => step.Target,
            _ => null,
        };
        return target switch
        {
            ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
            IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol),
            // A field or an array element is neither the counter nor the bound (no ref aliases them).
            _ => false,
        };
    }
}
