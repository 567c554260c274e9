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
/// The guard rewrite's allocation side: the bounded console, library calls' size arguments (<see cref="ArgumentGuards"/>),
/// property setters and operators the hints name, array creations at the element type's real size, and string
/// concatenations and interpolations whose pieces may all be the same large string.
/// </summary>
internal sealed partial class GuardRewriter
{
    public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
    {
        // The name first: the model's answer for a called member binds its statement again (a method group is not kept).
        if (node.Name.Identifier.ValueText is "Write" or "WriteLine" && IsConsoleWrite(node))
        {
            return ParseExpression($"{Guard}.Out.{node.Name.Identifier.ValueText}").WithTriviaFrom(node);
        }

        if (node.Name.Identifier.ValueText is "Out" or "Error" && IsConsoleStream(node))
        {
            return ParseExpression($"{Guard}.Out").WithTriviaFrom(node);
        }

        // "task.Result", "task.Wait()": the run's continuations run until the task completes (ScriptGuard.Completed).
        if (node.Name.Identifier.ValueText is "Result" or "Wait" && IsTaskWait(node))
        {
            return node.WithExpression(GuardCall("Completed", (ExpressionSyntax)Visit(node.Expression)!, null));
        }

        if (IsJsonSerializeName(node.Name.Identifier.ValueText) && IsJsonSerialize(node))
        {
            return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ParseExpression($"{Guard}.Json"), (SimpleNameSyntax)Visit(node.Name)!).WithTriviaFrom(node);
        }

        // "node.ToJsonString" or "node.ToString" as a method group: "__cocRun.Json.ToJsonStringMethod(node).Invoke", a
        // method group of a delegate bound to the node now, as the original is.
        if (node.Name.Identifier.ValueText is "ToJsonString" or "ToString"
            && model.GetOperation(node, cancellationToken) is IMethodReferenceOperation { Method: { IsStatic: false } method, Instance.Type: var receiver }
            && (method.Name == "ToString" ? method.Parameters.Length == 0 && IsJsonNode(receiver) : IsJsonNode(method.ContainingType)))
        {
            var receiverVisited = (ExpressionSyntax)Visit(node.Expression)!;
            string bound = method.Name == "ToString" ? "NodeTextMethod" : "ToJsonStringMethod";
            return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, GuardCall($"Json.{bound}", receiverVisited, null), IdentifierName("Invoke")).WithTriviaFrom(node);
        }

        if (node.Name.Identifier.ValueText is "StructuralEqualityComparer" or "StructuralComparer" && IsStructuralComparisons(node))
        {
            return ParseExpression($"{Guard}.{node.Name.Identifier.ValueText}").WithTriviaFrom(node);
        }

        if (TextMethodGroup(node) is { } textMethod)
        {
            return textMethod;
        }

        if (BigGroupNames.Contains(node.Name.Identifier.ValueText) && BigMethodGroup(node) is { } bigGroup)
        {
            return bigGroup;
        }

        var visitedAccess = (ExpressionSyntax)base.VisitMemberAccessExpression(node)!;
        return EachCallStepped(node, RegexMethodGroup(node, visitedAccess) ?? visitedAccess);
    }

    public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
    {
        // "using static System.Console; WriteLine(x);"
        if (node.Parent is not MemberAccessExpressionSyntax { Name: var name } || name != node)
        {
            if (node.Identifier.ValueText is "Write" or "WriteLine" && IsConsoleWrite(node))
            {
                return ParseExpression($"{Guard}.Out.{node.Identifier.ValueText}").WithTriviaFrom(node);
            }

            if (node.Identifier.ValueText is "Out" or "Error" && IsConsoleStream(node))
            {
                return ParseExpression($"{Guard}.Out").WithTriviaFrom(node);
            }

            if (IsJsonSerializeName(node.Identifier.ValueText) && IsJsonSerialize(node))
            {
                return ParseExpression($"{Guard}.Json.{node.Identifier.ValueText}").WithTriviaFrom(node);
            }

            if (node.Identifier.ValueText is "StructuralEqualityComparer" or "StructuralComparer" && IsStructuralComparisons(node))
            {
                return ParseExpression($"{Guard}.{node.Identifier.ValueText}").WithTriviaFrom(node);
            }

            if (RegexMethodGroup(node, node) is { } group)
            {
                return EachCallStepped(node, group);
            }

            if (BigGroupNames.Contains(node.Identifier.ValueText) && BigMethodGroup(node) is { } bigGroup)
            {
                return bigGroup;
            }

            return EachCallStepped(node, (ExpressionSyntax)base.VisitIdentifierName(node)!);
        }

        return base.VisitIdentifierName(node);
    }

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        IOperation? operation = model.GetOperation(node, cancellationToken);
        var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
        if (operation is not IInvocationOperation invocation)
        {
            return visited;
        }

        if (TwinCall(invocation, visited) is { } direct)
        {
            return direct;
        }

        if (JsonNodeText(invocation, visited) is { } text)
        {
            return text;
        }

        if (TextCall(invocation, visited) is { } valueText)
        {
            return valueText;
        }

        visited = BigCall(invocation, visited, node.SpanStart) ?? visited;
        visited = visited.WithArgumentList(TextArguments(invocation, node.ArgumentList, visited.ArgumentList));

        if (CachedRegex(invocation, node, visited) is { } cached)
        {
            return cached;
        }

        if ((RegexInstanceCall(invocation, visited) ?? RegexStaticCall(invocation, visited)) is { } regexCall)
        {
            return regexCall;
        }

        bool receiverHeld = false;
        if (arguments.HoldsReceiver(invocation.TargetMethod))
        {
            if (visited.Expression is MemberAccessExpressionSyntax access && !StartsWithBinding(access.Expression))
            {
                visited = visited.WithExpression(access.WithExpression(GuardCall("Hold", access.Expression, null)));
                receiverHeld = true;
            }
            else if (visited.Expression is MemberBindingExpressionSyntax)
            {
                // "x?.Replace(...)": VisitConditionalAccessExpression holds x.
                receiverHeld = true;
            }
            else if (invocation.Instance?.Type is { IsReferenceType: true }
                && ThroughChainExtension(visited.Expression, ScriptCalls.GuardedChainCalls.HoldName, ParseExpression(Guard)) is { } chained)
            {
                // "a?.b.Replace(...)": the receiver cannot leave the chain, so it is held through the extension __cocHold.
                UsesScriptCalls = true;
                visited = visited.WithExpression(chained);
                receiverHeld = true;
            }
        }

        ArgumentListSyntax guarded = arguments.Guard(invocation.TargetMethod, invocation.Arguments, node.ArgumentList, visited.ArgumentList, receiverHeld);
        return KeyedSequences(invocation, node, visited.WithArgumentList(WithCountedEvaluator(invocation, node.ArgumentList, guarded)));
    }

    public override SyntaxNode? VisitConditionalAccessExpression(ConditionalAccessExpressionSyntax node)
    {
        var visited = (ConditionalAccessExpressionSyntax)base.VisitConditionalAccessExpression(node)!;
        return HeadInvocation(node.WhenNotNull) is { } head
            && model.GetOperation(head, cancellationToken) is IInvocationOperation invocation
            && arguments.HoldsReceiver(invocation.TargetMethod) && CheckedReceiver(invocation.TargetMethod) is null
            ? visited.WithExpression(GuardCall("Hold", visited.Expression, null))
            : visited;
    }

    public override SyntaxNode? VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        IOperation? operation = model.GetOperation(node, cancellationToken);
        var visited = (ObjectCreationExpressionSyntax)base.VisitObjectCreationExpression(node)!;
        if (operation is not IObjectCreationOperation { Constructor: { } constructor } creation || node.ArgumentList is null || visited.ArgumentList is null)
        {
            return visited;
        }

        return visited.WithArgumentList(KeyedCreation(creation, node.ArgumentList, JsonSink(constructor, arguments.Guard(constructor, creation.Arguments, node.ArgumentList, visited.ArgumentList))));
    }

    // ": base(...)" of a library class: its arguments guarded as a creation's are (a Regex subclass's pattern gets the
    // run's timeout, a List's capacity is checked).
    public override SyntaxNode? VisitConstructorInitializer(ConstructorInitializerSyntax node)
    {
        IOperation? operation = model.GetOperation(node, cancellationToken);
        var visited = (ConstructorInitializerSyntax)base.VisitConstructorInitializer(node)!;
        if (operation is IExpressionStatementOperation { Operation: var inner })
        {
            operation = inner;
        }

        return operation is IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Constructor } constructor } invocation
            ? visited.WithArgumentList(arguments.Guard(constructor, invocation.Arguments, node.ArgumentList, visited.ArgumentList))
            : visited;
    }

    public override SyntaxNode? VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        IOperation? operation = model.GetOperation(node, cancellationToken);
        var visited = (ImplicitObjectCreationExpressionSyntax)base.VisitImplicitObjectCreationExpression(node)!;
        if (operation is not IObjectCreationOperation { Constructor: { } constructor } creation)
        {
            return visited;
        }

        return visited.WithArgumentList(KeyedCreation(creation, node.ArgumentList, JsonSink(constructor, arguments.Guard(constructor, creation.Arguments, node.ArgumentList, visited.ArgumentList))));
    }

    public override SyntaxNode? VisitAssignmentExpression(AssignmentExpressionSyntax node)
    {
        IOperation? operation = model.GetOperation(node, cancellationToken);
        ISymbol? target = model.GetSymbolInfo(node.Left, cancellationToken).Symbol;
        var visited = (AssignmentExpressionSyntax)base.VisitAssignmentExpression(node)!;
        if (target is IPropertySymbol property)
        {
            visited = visited.WithRight(arguments.Value(property, "value", property.Type, visited.Right));
        }

        if (operation is ICompoundAssignmentOperation { OperatorMethod: { Parameters.Length: 2 } method })
        {
            visited = visited.WithRight(arguments.Value(method, method.Parameters[1].Name, method.Parameters[1].Type, visited.Right));
        }

        // "t *= y" on big integers or in generic math, whatever the target's shape: "t *= __cocRun.MultiplyBy<T, T, T>(y)".
        if (operation is ICompoundAssignmentOperation { OperatorMethod: var numeric, IsLifted: var liftedTarget }
            && NumberOperand(numeric, visited.Right, node.SpanStart, compound: true, liftedTarget) is { } operand)
        {
            visited = visited.WithRight(operand);
        }

        return visited;
    }

    public override SyntaxNode? VisitBinaryExpression(BinaryExpressionSyntax node)
    {
        var visited = (BinaryExpressionSyntax)base.VisitBinaryExpression(node)!;
        if (node.Kind() is SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression
            && model.GetOperation(node, cancellationToken) is IBinaryOperation { IsLifted: false, OperatorMethod: var big }
            && BigOperator(big, visited.Left, visited.Right) is { } bigValue)
        {
            return bigValue.WithTriviaFrom(visited);
        }

        // "x * y" in generic math (an operator of a System.Numerics interface): "x * __cocRun.MultiplyBy<T, T, T>(y)".
        if (node.Kind() is SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression
            or SyntaxKind.LeftShiftExpression or SyntaxKind.RightShiftExpression or SyntaxKind.UnsignedRightShiftExpression
            && model.GetOperation(node, cancellationToken) is IBinaryOperation { IsLifted: var lifted, OperatorMethod: var numeric }
            && NumberOperand(numeric, visited.Right, node.SpanStart, compound: false, lifted) is { } operand)
        {
            return visited.WithRight(operand);
        }

        if (node.Kind() is SyntaxKind.LeftShiftExpression or SyntaxKind.RightShiftExpression or SyntaxKind.UnsignedRightShiftExpression
            && model.GetSymbolInfo(node, cancellationToken).Symbol is IMethodSymbol { Parameters.Length: 2 } shift)
        {
            return visited.WithRight(arguments.Value(shift, shift.Parameters[1].Name, shift.Parameters[1].Type, visited.Right));
        }

        // A constant concatenation stays constant (a const, a case label, an attribute argument): it allocates nothing.
        if (IsStringConcatenation(node) && !IsStringConcatenation(Unparenthesized(node.Parent)) && !model.GetConstantValue(node, cancellationToken).HasValue)
        {
            visited = (BinaryExpressionSyntax)EachOperand(node, visited, (original, operand) => NodeText(original, operand));
            int pieces = ConcatenationLeaves(node).Count();
            return pieces >= 3 ? (BinaryExpressionSyntax)EachOperand(node, visited, (original, operand) => Piece(original, operand, pieces)) : visited;
        }

        return visited;
    }

    public override SyntaxNode? VisitInterpolatedStringExpression(InterpolatedStringExpressionSyntax node)
    {
        var visited = (InterpolatedStringExpressionSyntax)base.VisitInterpolatedStringExpression(node)!;
        if (model.GetConstantValue(node, cancellationToken).HasValue)
        {
            return visited;
        }

        InterpolationSyntax[] holes = [.. node.Contents.OfType<InterpolationSyntax>()];
        var contents = visited.Contents.ToList();
        int hole = 0;
        for (int i = 0; i < contents.Count; i++)
        {
            if (contents[i] is not InterpolationSyntax interpolation)
            {
                continue;
            }

            InterpolationSyntax original = holes[hole++];
            ExpressionSyntax expression = NodeText(original.Expression, interpolation.Expression, hole: true);
            long width = System.Math.Max(
                original.AlignmentClause is { } alignment && model.GetConstantValue(alignment.Value, cancellationToken) is { HasValue: true, Value: int a } ? System.Math.Abs((long)a) : 0,
                original.FormatClause is { } format ? FormatWidths.OfNumberFormat(format.FormatStringToken.ValueText) : 0);
            if (width > FormatWidths.Small)
            {
                expression = GuardCall("Wide", expression, (int)System.Math.Min(width, int.MaxValue));
            }
            else if (holes.Length >= 3 && original.AlignmentClause is null && original.FormatClause is null)
            {
                expression = Piece(original.Expression, expression, holes.Length);
            }

            contents[i] = interpolation.WithExpression(expression);
        }

        return visited.WithContents(List(contents));
    }

    public override SyntaxNode? VisitArrayCreationExpression(ArrayCreationExpressionSyntax node)
    {
        ITypeSymbol? element = (model.GetTypeInfo(node, cancellationToken).Type as IArrayTypeSymbol)?.ElementType;
        var visited = (ArrayCreationExpressionSyntax)base.VisitArrayCreationExpression(node)!;
        ArrayRankSpecifierSyntax rank = visited.Type.RankSpecifiers[0];
        if (node.Initializer is not null || element is null || rank.Sizes.Any(s => s is OmittedArraySizeExpressionSyntax))
        {
            // Sizes with an initializer are constants the initializer fills: nothing to pre-check.
            return visited;
        }

        long? bytes = sizes.Of(element);
        string elementName = element.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var checkedSizes = new List<ExpressionSyntax>();
        for (int i = 0; i < rank.Sizes.Count; i++)
        {
            ExpressionSyntax size = rank.Sizes[i];
            checkedSizes.Add(i < rank.Sizes.Count - 1
                ? GuardCall("Hold", size, null)
                : bytes is { } known
                    ? DimensionsCheck(size, rank.Sizes.Count, $"{Guard}.Dimensions", (int)System.Math.Min(known, int.MaxValue))
                    : DimensionsCheck(size, rank.Sizes.Count, $"{Guard}.DimensionsOf<{elementName}>", null));
        }

        ArrayRankSpecifierSyntax guarded = rank.WithSizes(SeparatedList(checkedSizes, rank.Sizes.GetSeparators()));
        return visited.WithType(visited.Type.WithRankSpecifiers(visited.Type.RankSpecifiers.Replace(rank, guarded)));
    }

    /// <summary>
    /// The spreads of a collection expression of several elements (<c>[.. a, .. a, .. a]</c>): the compiler sizes the
    /// result from their counts and fills it in one go, with no checkpoint, so each spread is checked as if every element
    /// were that one, at the size of the result's items (<c>ScriptGuard.Spread</c>), as a concatenation's pieces are.
    /// Before, thirty spreads of a 40 MB array allocated 1.2 GB in one expression.
    /// </summary>
    private CollectionExpressionSyntax SpreadsChecked(ICollectionExpressionOperation collection, CollectionExpressionSyntax visited)
    {
        int pieces = visited.Elements.Count;
        if (pieces < 2 || !visited.Elements.Any(e => e is SpreadElementSyntax) || collection.Elements.Length != pieces)
        {
            return visited;
        }

        ITypeSymbol? item = collection.Type switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol { TypeArguments.Length: > 0 } named => named.TypeArguments[^1],
            _ => null,
        };
        long bytes = (item is null ? null : sizes.Of(item)) ?? 8;
        int perItem = (int)System.Math.Min(System.Math.Max(bytes, 1) * pieces, int.MaxValue);
        var elements = visited.Elements.ToList();
        for (int i = 0; i < pieces; i++)
        {
            if (elements[i] is SpreadElementSyntax spread && collection.Elements[i] is ISpreadOperation { Operand.Type: { } operand } && Spreadable(operand))
            {
                elements[i] = spread.WithExpression(GuardCall("Spread", spread.Expression, perItem));
            }
        }

        return visited.WithElements(SeparatedList(elements, visited.Elements.GetSeparators()));
    }

    // A spread the guard's overloads can take: not a ref struct of the script's own (an enumerable one spreads) nor a type
    // parameter that allows one, which no generic parameter of the guard accepts; spans have overloads of their own.
    private static bool Spreadable(ITypeSymbol operand) =>
        operand is not ITypeParameterSymbol { AllowsRefLikeType: true }
        && (!operand.IsRefLikeType || operand is INamedTypeSymbol { Arity: 1, Name: "Span" or "ReadOnlySpan", ContainingNamespace.Name: "System" });

    private static ExpressionSyntax DimensionsCheck(ExpressionSyntax size, int rank, string method, int? bytes)
    {
        var arguments = new List<ArgumentSyntax>
        {
            Argument(size.WithoutTrivia()),
            Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(rank))),
        };
        if (bytes is { } perItem)
        {
            arguments.Add(Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(perItem))));
        }

        var call = (InvocationExpressionSyntax)ParseExpression(method + "()");
        return call.WithArgumentList(ArgumentList(SeparatedList(arguments))).WithTriviaFrom(size);
    }

    private bool IsStringConcatenation(SyntaxNode? node) =>
        node is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression)
        && model.GetTypeInfo(binary, cancellationToken).Type?.SpecialType == SpecialType.System_String;

    private static SyntaxNode? Unparenthesized(SyntaxNode? node)
    {
        while (node is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized.Parent;
        }

        return node;
    }

    /// <summary>The operands of a string concatenation, through nested concatenations and parentheses.</summary>
    private IEnumerable<ExpressionSyntax> ConcatenationLeaves(ExpressionSyntax node)
    {
        ExpressionSyntax inner = node;
        while (inner is ParenthesizedExpressionSyntax parenthesized)
        {
            inner = parenthesized.Expression;
        }

        if (inner is BinaryExpressionSyntax binary && IsStringConcatenation(binary))
        {
            return ConcatenationLeaves(binary.Left).Concat(ConcatenationLeaves(binary.Right));
        }

        return [node];
    }

    /// <summary>
    /// The visited concatenation with each operand (through nested concatenations and parentheses) replaced by
    /// <paramref name="operand"/> of the original operand and its visited form.
    /// </summary>
    private ExpressionSyntax EachOperand(ExpressionSyntax original, ExpressionSyntax visited, System.Func<ExpressionSyntax, ExpressionSyntax, ExpressionSyntax> operand)
    {
        if (original is ParenthesizedExpressionSyntax parenthesized && visited is ParenthesizedExpressionSyntax visitedParenthesized)
        {
            return visitedParenthesized.WithExpression(EachOperand(parenthesized.Expression, visitedParenthesized.Expression, operand));
        }

        if (original is BinaryExpressionSyntax binary && IsStringConcatenation(binary) && visited is BinaryExpressionSyntax visitedBinary)
        {
            return visitedBinary
                .WithLeft(EachOperand(binary.Left, visitedBinary.Left, operand))
                .WithRight(EachOperand(binary.Right, visitedBinary.Right, operand));
        }

        return operand(original, visited);
    }

    /// <summary>One piece of a concatenation: a string is checked as it is; another value (not a number) by its text.</summary>
    private ExpressionSyntax Piece(ExpressionSyntax original, ExpressionSyntax visited, int pieces)
    {
        TypeInfo info = model.GetTypeInfo(original, cancellationToken);
        ITypeSymbol? type = info.Type;
        if (type?.SpecialType == SpecialType.System_String)
        {
            return GuardCall("Piece", visited, pieces);
        }

        // Values whose text can be large (an object, a builder, a big integer): their text, as the concatenation takes it.
        bool large = type is ITypeParameterSymbol or { SpecialType: SpecialType.System_Object } or { TypeKind: TypeKind.Interface or TypeKind.Dynamic }
            || type?.ToDisplayString() is "System.Text.StringBuilder" or "System.Numerics.BigInteger";
        return large && !info.ConvertedType!.IsRefLikeType ? GuardCall("PieceOf", visited, pieces) : visited;
    }

    private bool IsConsoleWrite(ExpressionSyntax node)
    {
        SymbolInfo info = model.GetSymbolInfo(node, cancellationToken);
        ISymbol? symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        return symbol is IMethodSymbol { Name: "Write" or "WriteLine", ContainingType: { Name: "Console", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
    }

    // Console.Out and Console.Error: the run's own writer (the output of the run, both of them), as Write and WriteLine are.
    private bool IsConsoleStream(ExpressionSyntax node) =>
        model.GetSymbolInfo(node, cancellationToken).Symbol is IPropertySymbol { Name: "Out" or "Error", ContainingType: { Name: "Console", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    // Task<T>.Result, or a call of Task.Wait() without a timeout: a wait on the run's own thread.
    private bool IsTaskWait(MemberAccessExpressionSyntax node) =>
        model.GetSymbolInfo(node, cancellationToken).Symbol switch
        {
            IPropertySymbol { Name: "Result", ContainingType.OriginalDefinition: var owner } => IsTaskType(owner),
            IMethodSymbol { Name: "Wait", Parameters.Length: 0, ContainingType: var owner } => node.Parent is InvocationExpressionSyntax && IsTaskType(owner),
            _ => false,
        };

    private static bool IsTaskType(INamedTypeSymbol type) =>
        type is { Name: "Task", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

    // StructuralComparisons.StructuralEqualityComparer or StructuralComparer: the guard's (GuardedStructuralComparer) enters
    // it at every level of the data it walks.
    private bool IsStructuralComparisons(ExpressionSyntax node) =>
        model.GetSymbolInfo(node, cancellationToken).Symbol is IPropertySymbol { ContainingType: { Name: "StructuralComparisons", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };
}
