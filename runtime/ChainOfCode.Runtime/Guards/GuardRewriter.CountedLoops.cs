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
/// starts. It pays its turns at once, from the nest's credit or from <see cref="ScriptGuard.Reserve"/>, and runs a copy
/// without a turn; a loop of more than <see cref="ScriptGuard.MaxReserve"/> turns pays and runs in chunks of that many.
/// When the guard grants less (the step budget's end, a host read), the rest runs counted, one turn at a time.
/// </summary>
internal sealed partial class GuardRewriter
{
    /// <summary>
    /// <paramref name="counted"/> (the loop with its turns counted one by one) in a block that first tries to pay all of
    /// <paramref name="visited"/>'s turns at once and then runs it without a turn; <paramref name="counted"/> itself when
    /// <paramref name="original"/> is not a counted loop.
    /// </summary>
    private StatementSyntax PaidAtOnce(StatementSyntax original, StatementSyntax visited, StatementSyntax counted, string local, bool settledInFinally)
    {
        if (original is not ForStatementSyntax loop || visited is not ForStatementSyntax fast || !IsCounted(loop)
            || fast.Declaration!.Variables[0].Initializer!.Value is not { } start || fast.Condition is not BinaryExpressionSyntax { Right: var end })
        {
            return counted;
        }

        // The copy adds no line: every trivia becomes a space (a line break in a token keeps the loop as it is).
        StatementSyntax copy = fast.ReplaceTokens(fast.DescendantTokens(), (_, token) => token.WithLeadingTrivia(Space).WithTrailingTrivia(Space));
        if (copy.ToFullString().IndexOfAny(['\n', '\r']) >= 0)
        {
            return counted;
        }

        if (counted is not ForStatementSyntax countedLoop)
        {
            return counted;
        }

        // { long n = B - A; if (0 < n <= MaxReserve && the credit or a reserve covers n) { t -= n; the loop without turns }
        //   else { var v = A; while (v < B) { long k = min(B - v, MaxReserve); if (k > t && k > (t = g.Reserve(t, k))) { counted, from v on; break; }
        //   t -= k; T e = (T)(v + k); for (; v < e; v++) body } } }: a short loop runs as written, a long one in chunks.
        // B - A and B - v are unchecked: a long range wider than long.MaxValue wraps below zero (and, of constants, would not
        // compile), and is then at least a whole chunk.
        string number = NextGuardLocal();
        string turns = number + "n";
        string chunk = number + "k";
        string stop = number + "e";
        string credit = local + "t";
        string settled = settledInFinally ? $"{local}s = " : "";
        string counter = loop.Declaration!.Variables[0].Identifier.ValueText;
        string type = model.GetDeclaredSymbol(loop.Declaration.Variables[0], cancellationToken) is ILocalSymbol { Type.SpecialType: SpecialType.System_Int32 } ? "int" : "long";
        string bound = end.WithoutTrivia().ToString();
        var rest = countedLoop.WithDeclaration(null).WithoutTrivia();
        var run = ((ForStatementSyntax)copy).WithDeclaration(null).WithCondition(ParseExpression($"{counter} < {stop}")).WithoutTrivia();
        StatementSyntax statement = ParseStatement(
            $"{{ long {turns} = unchecked((long)({bound}) - (long)({start.WithoutTrivia()})); "
            + $"if ({turns} > 0 && {turns} <= {ScriptGuard.MaxReserve} && ({turns} <= {credit} || {turns} <= ({settled}{credit} = {local}.Reserve({credit}, {turns})))) {{ {settled}{credit} -= {turns}; {copy.WithoutTrivia()} }} "
            + $"else {{ {((ForStatementSyntax)copy).Declaration}; "
            + $"while ({counter} < ({bound})) {{ long {chunk} = unchecked((long)({bound}) - {counter}); if ({chunk} > {ScriptGuard.MaxReserve} || {chunk} < 0) {chunk} = {ScriptGuard.MaxReserve}; "
            + $"if ({chunk} > {credit} && {chunk} > ({settled}{credit} = {local}.Reserve({credit}, {chunk}))) {{ {rest} break; }} "
            + $"{settled}{credit} -= {chunk}; {type} {stop} = ({type})({counter} + {chunk}); {run} }} }} }}");
        return statement.WithLeadingTrivia(counted.GetLeadingTrivia()).WithTrailingTrivia(counted.GetTrailingTrivia());
    }

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
