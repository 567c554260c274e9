using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>
/// The per-compilation state of <see cref="CapabilityAnalyzer"/>: the symbol checker (with its verdict
/// cache) and the set of locations already reported, so that two routes to the same place give one
/// diagnostic. Operations carry member use; syntax carries what operations do not show.
/// </summary>
internal sealed partial class CompilationAnalysis
{
    public static readonly ImmutableArray<OperationKind> OperationKinds = ImmutableArray.Create(
        OperationKind.Invocation,
        OperationKind.ObjectCreation,
        OperationKind.MethodReference,
        OperationKind.PropertyReference,
        OperationKind.FieldReference,
        OperationKind.EventReference,
        OperationKind.Conversion,
        OperationKind.BinaryOperator,
        OperationKind.UnaryOperator,
        OperationKind.Increment,
        OperationKind.Decrement,
        OperationKind.CompoundAssignment,
        OperationKind.TypeOf,
        OperationKind.DefaultValue,
        OperationKind.ArrayCreation,
        OperationKind.IsType,
        OperationKind.DeclarationPattern,
        OperationKind.TypePattern,
        OperationKind.RecursivePattern,
        OperationKind.DynamicInvocation,
        OperationKind.DynamicMemberReference,
        OperationKind.DynamicObjectCreation,
        OperationKind.DynamicIndexerAccess,
        OperationKind.AddressOf,
        OperationKind.FunctionPointerInvocation,
        OperationKind.VariableDeclaration,
        OperationKind.Loop,
        OperationKind.CatchClause,
        OperationKind.DeclarationExpression,
        OperationKind.AnonymousFunction,
        OperationKind.LocalFunction,
        OperationKind.YieldReturn);

    /// <summary>
    /// What only syntax shows. Base types and constraints are not here: they come from the declared
    /// type's or method's symbol (<see cref="CheckBaseTypesAndConstraints"/>).
    /// </summary>
    public static readonly ImmutableArray<SyntaxKind> DeclarationKinds = ImmutableArray.Create(
        SyntaxKind.Attribute,
        SyntaxKind.UsingDirective,
        SyntaxKind.UnsafeStatement,
        SyntaxKind.FixedStatement,
        SyntaxKind.StackAllocArrayCreationExpression,
        SyntaxKind.ImplicitStackAllocArrayCreationExpression,
        SyntaxKind.PointerType,
        SyntaxKind.FunctionPointerType);

    private readonly SymbolChecker checker;
    private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), bool> reported = new();
    private readonly ConcurrentDictionary<SyntaxTree, bool> modifierTrees = new();
    private readonly ConcurrentDictionary<ISymbol, string> displays = new(SymbolChecker.ReferenceComparer.Instance);

    public CompilationAnalysis(Policy policy)
    {
        checker = new SymbolChecker(policy);
    }

    [MethodImpl(Jit.Optimized)]
    public void AnalyzeOperation(OperationAnalysisContext context) =>
        AnalyzeOperation(context.Operation, new OperationReporter(context));

    /// <summary>
    /// A script's global statements: the analyzer driver runs no operation actions on them (only on the
    /// script's member bodies and field initializers), so their operation trees are walked here.
    /// </summary>
    public void AnalyzeGlobalStatement(SyntaxNodeAnalysisContext context)
    {
        if (context.Node is not GlobalStatementSyntax global
            || context.Node.SyntaxTree.Options.Kind != SourceCodeKind.Script
            || context.SemanticModel.GetOperation(global.Statement, context.CancellationToken) is not { } root)
        {
            return;
        }

        var reporter = new SyntaxReporter(context);
        foreach (IOperation operation in root.DescendantsAndSelf())
        {
            if (OperationKinds.Contains(operation.Kind))
            {
                AnalyzeOperation(operation, reporter);
            }
        }
    }

    [MethodImpl(Jit.Optimized)]
    private void AnalyzeOperation<TReporter>(IOperation operation, TReporter context)
        where TReporter : struct, IReporter
    {
        // By kind first (one jump), then the one interface the kind implies: a chain of interface type tests cost
        // more than most of these callbacks' own work.
        switch (operation.Kind)
        {
            case OperationKind.Invocation:
                var invocation = (IInvocationOperation)operation;
                CheckMemberUse(context, operation, invocation.TargetMethod, invocation.Instance, invocation.Arguments);
                break;
            case OperationKind.ObjectCreation:
                var creation = (IObjectCreationOperation)operation;
                if (creation.Constructor is { } constructor && checker.Check(constructor) is { } ctorRule && !Exempt(ctorRule, creation.Arguments))
                {
                    Report(context, operation, ctorRule, constructor);
                }
                else
                {
                    ReportType(context, operation, checker.CheckType(creation.Type));
                }

                break;
            case OperationKind.MethodReference:
                var methodReference = (IMethodReferenceOperation)operation;
                CheckMemberUse(context, operation, methodReference.Method, methodReference.Instance, default);
                break;
            case OperationKind.PropertyReference or OperationKind.FieldReference or OperationKind.EventReference:
                var memberReference = (IMemberReferenceOperation)operation;
                CheckMemberUse(context, operation, memberReference.Member, memberReference.Instance, default);
                break;
            case OperationKind.Conversion:
                CheckConversion(context, (IConversionOperation)operation);
                break;
            case OperationKind.BinaryOperator or OperationKind.UnaryOperator or OperationKind.CompoundAssignment or OperationKind.Increment or OperationKind.Decrement:
                CheckOperator(context, operation);
                break;
            case OperationKind.TypeOf:
                ReportType(context, operation, checker.CheckType(((ITypeOfOperation)operation).TypeOperand));
                break;
            case OperationKind.DefaultValue when operation.Syntax is DefaultExpressionSyntax:
                ReportType(context, operation, checker.CheckType(operation.Type));
                break;
            case OperationKind.ArrayCreation when operation.Syntax is ArrayCreationExpressionSyntax:
                ReportType(context, operation, checker.CheckType(operation.Type));
                break;
            case OperationKind.IsType:
                ReportType(context, operation, checker.CheckType(((IIsTypeOperation)operation).TypeOperand));
                break;
            case OperationKind.DeclarationPattern when operation.Syntax is DeclarationPatternSyntax { Type.IsVar: false }:
                ReportType(context, operation, checker.CheckType(((IDeclarationPatternOperation)operation).MatchedType));
                break;
            case OperationKind.TypePattern:
                ReportType(context, operation, checker.CheckType(((ITypePatternOperation)operation).MatchedType));
                break;
            case OperationKind.RecursivePattern when operation.Syntax is RecursivePatternSyntax { Type: not null }:
                ReportType(context, operation, checker.CheckType(((IRecursivePatternOperation)operation).MatchedType));
                break;
            case OperationKind.AddressOf:
                ReportFeature(context, operation.Syntax, Features.Pointer, "&");
                break;
            case OperationKind.FunctionPointerInvocation:
                ReportFeature(context, operation.Syntax, Features.FunctionPointer, "function pointer call");
                break;
            case OperationKind.VariableDeclaration or OperationKind.Loop or OperationKind.CatchClause or OperationKind.DeclarationExpression
                or OperationKind.AnonymousFunction or OperationKind.LocalFunction:
                CheckDeclaredInBody(context, operation);
                break;
            case OperationKind.YieldReturn:
                CheckYieldInsideLock(context, operation);
                break;
            case OperationKind.DynamicMemberReference when operation.Parent is IDynamicInvocationOperation:
                // `d.Foo()` is one dynamic call: reported once, on the invocation.
                break;
            case OperationKind.DynamicMemberReference or OperationKind.DynamicInvocation or OperationKind.DynamicObjectCreation or OperationKind.DynamicIndexerAccess:
                ReportFeature(context, operation.Syntax, Features.Dynamic, "dynamic");
                break;
        }
    }

    /// <summary>
    /// A <c>yield return</c> inside a <c>lock</c>: the statement is <c>Monitor.Enter</c>/<c>Exit</c> around its body
    /// (<c>Lock.EnterScope</c> on a <c>System.Threading.Lock</c>), and the iterator leaves the lock held by the thread
    /// that took it until its caller resumes or disposes it, which may be never. A script run that stops there ends
    /// with its thread still owning the monitor of an object it may share with the host or later runs (an input
    /// string, an interned literal), and every other thread that locks it then waits forever, outside every guard.
    /// Reported as the method that takes the lock, so a policy that allows it allows this too.
    /// </summary>
    private void CheckYieldInsideLock<TReporter>(TReporter context, IOperation yieldReturn)
        where TReporter : struct, IReporter
    {
        for (IOperation? current = yieldReturn.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return;
            }

            if (current is ILockOperation lockOperation)
            {
                bool isLock = lockOperation.LockedValue.Type is INamedTypeSymbol { Name: "Lock", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
                INamedTypeSymbol? taker = yieldReturn.SemanticModel?.Compilation.GetTypeByMetadataName(isLock ? "System.Threading.Lock" : "System.Threading.Monitor");
                if (taker?.GetMembers(isLock ? "EnterScope" : "Enter").FirstOrDefault() is { } enter)
                {
                    CheckSymbol(context, yieldReturn, enter);
                }

                return;
            }
        }
    }

    /// <summary>Operators: one bound at run time on a dynamic value, or a user-defined operator method.</summary>
    [MethodImpl(Jit.Optimized)]
    private void CheckOperator<TReporter>(TReporter context, IOperation operation)
        where TReporter : struct, IReporter
    {
        if (operation.Type is { TypeKind: TypeKind.Dynamic })
        {
            // An operator bound at run time: `d + 1` on a dynamic value; `Call(d) + 1` is already
            // reported on the dynamic call.
            if (!operation.ChildOperations.Any(IsReportedDynamic))
            {
                ReportFeature(context, operation.Syntax, Features.Dynamic, "dynamic");
            }

            return;
        }

        IMethodSymbol? operatorMethod = operation switch
        {
            IBinaryOperation binary => binary.OperatorMethod,
            IUnaryOperation unary => unary.OperatorMethod,
            IIncrementOrDecrementOperation increment => increment.OperatorMethod,
            ICompoundAssignmentOperation compound => compound.OperatorMethod,
            _ => null,
        };
        if (operatorMethod is not null)
        {
            CheckSymbol(context, operation, operatorMethod);
        }
    }

    [MethodImpl(Jit.Optimized)]
    private void CheckMemberUse<TReporter>(TReporter context, IOperation operation, ISymbol member, IOperation? instance, ImmutableArray<IArgumentOperation> arguments)
        where TReporter : struct, IReporter
    {
        if (checker.Check(member) is { } rule && (arguments.IsDefaultOrEmpty || !Exempt(rule, arguments)))
        {
            // A named argument of an attribute sets a property of the attribute, which is reported itself;
            // a call chained on a reported receiver (AppDomain.CurrentDomain.ToString()) adds nothing new
            // when its rule is the one that bans the whole receiver type; a call the compiler leaves out
            // ([Conditional] without its symbol) runs nothing.
            bool attributeArgument = member is IPropertySymbol or IFieldSymbol && operation.Syntax.FirstAncestorOrSelf<AttributeSyntax>() is not null;
            bool chained = instance is not null && member.ContainingType is { } owner && checker.Check(owner) == rule && IsReportedItself(instance);
            if (!attributeArgument && !chained && !IsInsideNameOf(operation) && !OmittedCalls.IsOmitted(operation, member))
            {
                Report(context, operation, rule, member);
            }

            return;
        }

        // Members reached through a banned type: the receiver's type (unless the receiver expression is
        // itself reported), or the written type arguments of a generic method or of a static member's
        // containing type.
        if (instance is { Type: INamedTypeSymbol receiverType } and not IInstanceReferenceOperation
            && checker.Check(receiverType) is { } receiverRule
            && !checker.IsOutsideSurface(receiverRule)
            && !IsReportedItself(instance)
            && !IsInsideNameOf(operation))
        {
            Report(context, operation, receiverRule, receiverType);
            return;
        }

        if (member is IMethodSymbol { IsGenericMethod: true } method)
        {
            foreach (ITypeSymbol argument in method.TypeArguments)
            {
                if (checker.CheckType(argument) is { } found)
                {
                    ReportType(context, operation, found);
                    return;
                }
            }
        }

        if (instance is null && member.IsStatic)
        {
            ReportType(context, operation, checker.CheckTypeArguments(member.ContainingType));
        }
    }

    private static bool IsReportedDynamic(IOperation operation) => operation switch
    {
        IConversionOperation conversion => IsReportedDynamic(conversion.Operand),
        IParenthesizedOperation parenthesized => IsReportedDynamic(parenthesized.Operand),
        IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation => true,
        IBinaryOperation or IUnaryOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation => operation.Type is { TypeKind: TypeKind.Dynamic },
        _ => false,
    };

    private bool IsReportedItself(IOperation receiver) => receiver switch
    {
        IInvocationOperation invocation => checker.Check(invocation.TargetMethod) is not null,
        IObjectCreationOperation { Constructor: { } constructor } => checker.Check(constructor) is not null || checker.Check(constructor.ContainingType) is not null,
        IMemberReferenceOperation reference => checker.Check(reference.Member) is not null,
        IConversionOperation conversion => IsReportedItself(conversion.Operand),
        IParenthesizedOperation parenthesized => IsReportedItself(parenthesized.Operand),
        _ => false,
    };

    [MethodImpl(Jit.Optimized)]
    private void CheckConversion<TReporter>(TReporter context, IConversionOperation conversion)
        where TReporter : struct, IReporter
    {
        if (conversion.OperatorMethod is { } conversionOperator)
        {
            CheckSymbol(context, conversion, conversionOperator);
            return;
        }

        if (conversion.IsImplicit || conversion.Syntax is not (CastExpressionSyntax or BinaryExpressionSyntax))
        {
            return;
        }

        if (checker.CheckType(conversion.Type) is { } found)
        {
            ReportType(context, conversion, found);
            return;
        }

        // A constant cast to an enum carries the bits of a banned enum member without naming it:
        // (BindingFlags)32 is BindingFlags.NonPublic.
        if (conversion.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            && conversion.ConstantValue is { HasValue: true, Value: { } value }
            && checker.Denials.HasMemberRules(enumType))
        {
            ulong bits = ToBits(value);
            foreach (ISymbol member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } fieldValue } field
                    && ToBits(fieldValue) is var fieldBits and not 0
                    && (bits & fieldBits) == fieldBits
                    && checker.Check(field) is { } rule)
                {
                    Report(context, conversion, rule, field);
                    return;
                }
            }
        }
    }

    private bool Exempt(RuleMatch rule, ImmutableArray<IArgumentOperation> arguments)
    {
        if (rule.Capability.UnlessArgument is null)
        {
            return false;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            IOperation value = argument.Value;
            if (value.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } type
                && value.ConstantValue is { HasValue: true, Value: { } constant }
                && HasFlag(rule, type, constant))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a constant of an enum type sets the flag that exempts a call from its rule (<c>RegexOptions.NonBacktracking</c>).</summary>
    private static bool HasFlag(RuleMatch rule, INamedTypeSymbol type, object constant)
    {
        string flag = rule.Capability.UnlessArgument!;
        int dot = flag.LastIndexOf('.');
        if (!SymbolNames.Matches(type, flag, dot))
        {
            return false;
        }

        foreach (ISymbol member in type.GetMembers(flag.Substring(dot + 1)))
        {
            if (member is IFieldSymbol { ConstantValue: { } flagValue } && (ToBits(constant) & ToBits(flagValue)) == ToBits(flagValue))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong ToBits(object value) => value switch
    {
        int i => unchecked((ulong)i),
        uint u => u,
        long l => unchecked((ulong)l),
        ulong ul => ul,
        short s => unchecked((ulong)s),
        ushort us => us,
        byte b => b,
        sbyte sb => unchecked((ulong)sb),
        _ => 0,
    };

    private static bool IsInsideNameOf(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }
}
