using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Runtime.Chain;

/// <summary>A variable an emulator can assign: the program's variable, its literal type, and its C# type as the rewrite spells it.</summary>
internal sealed record EmulationTarget(ISymbol Symbol, LiteralType Type, string TypeSyntax);

/// <summary>
/// What a program-level statement does to the program's variables (locals and the script's top-level
/// variables): which it assigns, which it changes through a method or an indexer (<c>list.Add(x)</c>,
/// <c>counts[k] = 1</c>), which it declares, and whether an emulator can stand in for it — every variable
/// it assigns has a literal type, and it declares nothing inside an expression (<c>out var</c>, patterns).
/// </summary>
internal sealed class StatementEffects
{
    // Methods that change the collection or builder they are called on (TryGetValue, Contains, IndexOf do not).
    private static readonly HashSet<string> Mutators = new(System.StringComparer.Ordinal)
    {
        "Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "RemoveWhere", "Clear",
        "Push", "Pop", "TryPop", "Enqueue", "Dequeue", "TryDequeue", "Sort", "Reverse", "TryAdd", "TryRemove",
        "UnionWith", "IntersectWith", "ExceptWith", "SymmetricExceptWith", "Fill",
        "Append", "AppendLine", "AppendFormat", "AppendJoin", "Replace", "Set", "SetAll",
    };

    private StatementEffects(IReadOnlyList<ISymbol> changes, IReadOnlyList<EmulationTarget> targets, IReadOnlyList<ISymbol> declared, bool canEmulate)
    {
        Changes = changes;
        Targets = targets;
        Declared = declared;
        CanEmulate = canEmulate;
    }

    /// <summary>Variables whose value may differ after the statement, in order of first mention.</summary>
    public IReadOnlyList<ISymbol> Changes { get; }

    /// <summary>The variables the statement assigns, when an emulator can fill every one of them.</summary>
    public IReadOnlyList<EmulationTarget> Targets { get; }

    /// <summary>The variables the statement declares.</summary>
    public IReadOnlyList<ISymbol> Declared { get; }

    /// <summary>True when the statement assigns at least one variable and an emulator can give all of them.</summary>
    public bool CanEmulate { get; }

    /// <summary>True for a type whose value can be boxed into an <c>object[]</c> (not a ref struct, a pointer or void).</summary>
    public static bool CanHold(ITypeSymbol? type) =>
        type is not null && !type.IsRefLikeType && type.TypeKind is not (TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Error) && type.SpecialType != SpecialType.System_Void;

    /// <summary>The effects of an expression statement, a local declaration, or a script's top-level variable declaration (a field of the script).</summary>
    public static StatementEffects Of(SyntaxNode statement, SemanticModel model, CancellationToken cancellationToken)
    {
        var changes = new List<ISymbol>();
        var assigned = new List<ISymbol>();
        var declared = new List<ISymbol>();
        bool declaresInExpression = false;

        void Add(List<ISymbol> list, ISymbol? symbol)
        {
            if (symbol is not null && IsProgramVariable(symbol) && !list.Contains(symbol, SymbolEqualityComparer.Default))
            {
                list.Add(symbol);
            }
        }

        VariableDeclarationSyntax? declaration = statement switch
        {
            LocalDeclarationStatementSyntax local => local.Declaration,
            FieldDeclarationSyntax field => field.Declaration,
            _ => null,
        };
        if (declaration is not null)
        {
            foreach (VariableDeclaratorSyntax variable in declaration.Variables)
            {
                ISymbol? symbol = model.GetDeclaredSymbol(variable, cancellationToken);
                Add(declared, symbol);
                if (variable.Initializer is not null)
                {
                    Add(assigned, symbol);
                    Add(changes, symbol);
                }
            }
        }

        foreach (SyntaxNode node in statement.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment:
                    Written(assignment.Left);
                    break;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix:
                    Written(prefix.Operand);
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } postfix:
                    Written(postfix.Operand);
                    break;
                case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword or (int)SyntaxKind.RefKeyword } argument:
                    Written(argument.Expression);
                    break;
                case DeclarationExpressionSyntax or SingleVariableDesignationSyntax:
                    declaresInExpression = true;
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } when Mutators.Contains(access.Name.Identifier.ValueText):
                    // list.Add(x), stack.Push(x), builder.Append(x): the receiver's state changes.
                    if (Root(access.Expression) is { } receiver && model.GetSymbolInfo(receiver, cancellationToken).Symbol is { } target && IsMutable(TypeOf(target)))
                    {
                        Add(changes, target);
                    }

                    break;
            }
        }

        var targets = new List<EmulationTarget>();
        bool allTargets = assigned.Count > 0 && !declaresInExpression;
        foreach (ISymbol symbol in assigned)
        {
            ITypeSymbol? type = TypeOf(symbol);
            if (LiteralTypeSymbols.From(type) is { } literal && symbol is not ILocalSymbol { IsForEach: true } and not ILocalSymbol { IsUsing: true })
            {
                targets.Add(new EmulationTarget(symbol, literal, type!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
            }
            else
            {
                allTargets = false;
            }
        }

        // Declared but not initialized ("int a = F(), b;"): nothing to emulate for b, and nothing stale either.
        return new StatementEffects(changes, allTargets ? targets : [], declared, allTargets);

        void Written(ExpressionSyntax target)
        {
            if (Unparenthesized(target) is TupleExpressionSyntax tuple)
            {
                // Deconstruction into existing variables: "(a, b) = F();" assigns each of them.
                foreach (ArgumentSyntax element in tuple.Arguments)
                {
                    Written(element.Expression);
                }

                return;
            }

            ExpressionSyntax? root = Root(target);
            if (root is null)
            {
                return;
            }

            ISymbol? symbol = model.GetSymbolInfo(root, cancellationToken).Symbol;
            Add(changes, symbol);
            if (root == Unparenthesized(target))
            {
                Add(assigned, symbol);
            }
        }
    }

    // The variable at the root of "x", "x.Count", "x[i]", "x.Items[i].Name".
    private static ExpressionSyntax? Root(ExpressionSyntax expression)
    {
        ExpressionSyntax current = Unparenthesized(expression);
        while (true)
        {
            switch (current)
            {
                case IdentifierNameSyntax:
                    return current;
                case MemberAccessExpressionSyntax access:
                    current = Unparenthesized(access.Expression);
                    break;
                case ElementAccessExpressionSyntax element:
                    current = Unparenthesized(element.Expression);
                    break;
                default:
                    return null;
            }
        }
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static bool IsProgramVariable(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => !local.IsConst && CanHold(local.Type),
        IFieldSymbol field => field.ContainingType.IsScriptClass && !field.IsConst && CanHold(field.Type),
        _ => false,
    };

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };

    // Collections and builders change through their methods; strings and numbers do not.
    private static bool IsMutable(ITypeSymbol? type) =>
        type is not null
        && type.SpecialType == SpecialType.None
        && type.TypeKind is TypeKind.Class or TypeKind.Array
        && (type.AllInterfaces.Any(i => i.ToDisplayString() == "System.Collections.IEnumerable") || type.Name == "StringBuilder");
}
