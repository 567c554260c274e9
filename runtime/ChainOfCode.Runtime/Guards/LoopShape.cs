using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ChainOfCode.Runtime;

/// <summary>
/// What a loop's turns can do, read off its operation tree: it decides how cheap its back-edge may be.
/// <list type="bullet">
/// <item><see cref="Any"/>: calls, allocations, await, yield, anything that may run script code or of unbounded cost. A turn
/// passes a checkpoint and the loop holds no credit: other script code may decide the step budget while it runs.</item>
/// <item><see cref="Bounded"/>: only built-in operations on primitive values, locals, fields and array elements, and nested
/// loops of the same kind: a turn takes nanoseconds, so the full check that the credit forces every
/// <see cref="ScriptGuard.FullCheckInterval"/> turns (up to <see cref="ScriptGuard.MaxReserve"/> while refills come faster than
/// the ticker's beat) is soon enough, and a turn skips the flag.</item>
/// <item><see cref="Plain"/>: bounded, and nothing in it can throw or leave the loop but by its condition or a
/// <c>break</c>: the loop needs no finally to give back its credit (a statement after it does), so its count stays in a
/// register and a turn costs a decrement and a branch.</item>
/// </list>
/// </summary>
internal enum LoopShape
{
    Any,
    Bounded,
    Plain,
}

internal static class LoopShapes
{
    /// <summary>The shape of the loop statement <paramref name="loop"/> (of the original tree) in <paramref name="model"/>.</summary>
    public static LoopShape Of(SemanticModel model, SyntaxNode loop, System.Threading.CancellationToken cancellationToken)
    {
        // foreach (an enumerator's calls) is never bounded: no need to bind it.
        if (loop is not (ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax)
            || model.GetOperation(loop, cancellationToken) is not { } root || root is not (IForLoopOperation or IWhileLoopOperation))
        {
            return LoopShape.Any;
        }

        LoopShape shape = LoopShape.Plain;
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            LoopShape own = Classify(operation);
            if (own < shape)
            {
                shape = own;
            }

            if (shape == LoopShape.Any)
            {
                break;
            }
        }

        return shape;
    }

    /// <summary>What one operation (not its children) lets a turn do.</summary>
    internal static LoopShape Classify(IOperation operation) => operation switch
    {
        IForLoopOperation or IWhileLoopOperation or IBlockOperation or IExpressionStatementOperation or IEmptyOperation
            or IVariableDeclarationGroupOperation or IVariableDeclarationOperation or IVariableDeclaratorOperation
            or IVariableInitializerOperation or ILiteralOperation or IInstanceReferenceOperation
            or IConditionalOperation => LoopShape.Plain,
        // A ref local or parameter may alias a ref field that is a null ref: reading it throws.
        ILocalReferenceOperation local => local.Local.IsRef ? LoopShape.Bounded : LoopShape.Plain,
        IBranchOperation branch => branch.BranchKind is BranchKind.Break or BranchKind.Continue ? LoopShape.Plain : LoopShape.Bounded,
        IParameterReferenceOperation parameter => parameter.Parameter.RefKind == RefKind.None ? LoopShape.Plain : LoopShape.Bounded,
        // A static field may run a static constructor first; another object's field, a ref field or an array element may be null.
        IFieldReferenceOperation field => field.Field.IsStatic
            ? LoopShape.Any
            : field.Instance is IInstanceReferenceOperation && field.Field.RefKind == RefKind.None ? LoopShape.Plain : LoopShape.Bounded,
        IArrayElementReferenceOperation => LoopShape.Bounded,
        IPropertyReferenceOperation property => IsLengthOrChar(property.Property) ? LoopShape.Bounded : LoopShape.Any,
        IBinaryOperation binary => binary.OperatorMethod is null && !binary.IsLifted && Primitive(binary.LeftOperand.Type) && Primitive(binary.RightOperand.Type)
            ? binary.IsChecked || IntegerDivision(binary.OperatorKind, binary.Type, binary.RightOperand) ? LoopShape.Bounded : LoopShape.Plain
            : LoopShape.Any,
        // ^i makes an Index, whose constructor throws for a negative i.
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } => LoopShape.Bounded,
        IUnaryOperation unary => unary.OperatorMethod is null && !unary.IsLifted && Primitive(unary.Operand.Type)
            ? unary.IsChecked ? LoopShape.Bounded : LoopShape.Plain
            : LoopShape.Any,
        IIncrementOrDecrementOperation step => step.OperatorMethod is null && !step.IsLifted && Primitive(step.Target.Type)
            ? step.IsChecked ? LoopShape.Bounded : LoopShape.Plain
            : LoopShape.Any,
        ISimpleAssignmentOperation assignment => assignment.IsRef ? LoopShape.Any : LoopShape.Plain,
        ICompoundAssignmentOperation compound => compound.OperatorMethod is null && !compound.IsLifted && Primitive(compound.Target.Type) && Primitive(compound.Value.Type)
            && compound.InConversion.IsIdentity && compound.OutConversion.IsIdentity
            ? compound.IsChecked || IntegerDivision(compound.OperatorKind, compound.Target.Type, compound.Value) ? LoopShape.Bounded : LoopShape.Plain
            : LoopShape.Any,
        IConversionOperation conversion => conversion.OperatorMethod is null && (conversion.Conversion.IsIdentity || conversion.Conversion.IsNumeric)
            && Primitive(conversion.Type) && Primitive(conversion.Operand.Type)
            ? conversion.IsChecked ? LoopShape.Bounded : LoopShape.Plain
            : LoopShape.Any,
        _ => LoopShape.Any,
    };

    // An array's or a string's length and a string's character: instructions or intrinsics, no call.
    private static bool IsLengthOrChar(IPropertySymbol property) => property.ContainingType.SpecialType switch
    {
        SpecialType.System_Array => property.Name == "Length",
        SpecialType.System_String => property.Name is "Length" || property.IsIndexer,
        _ => false,
    };

    // An integer division or remainder that may throw: by a divisor that is not a constant other than 0 and -1.
    private static bool IntegerDivision(BinaryOperatorKind kind, ITypeSymbol? type, IOperation divisor) =>
        kind is BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder
        && type?.SpecialType is not (SpecialType.System_Single or SpecialType.System_Double)
        && !(divisor.ConstantValue is { HasValue: true, Value: { } value } && !IsZeroOrMinusOne(value));

    private static bool IsZeroOrMinusOne(object? value) => value switch
    {
        int i => i is 0 or -1,
        long l => l is 0 or -1,
        uint u => u == 0,
        ulong u => u == 0,
        _ => true,
    };

    // The built-in value types whose operators the compiler emits as instructions (no call, no allocation).
    internal static bool Primitive(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Boolean or SpecialType.System_Char
        or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
        or SpecialType.System_Single or SpecialType.System_Double;
}
