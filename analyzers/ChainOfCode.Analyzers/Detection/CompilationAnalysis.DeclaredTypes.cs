using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>
/// Declared types, read from what the compiler already knows: a member's symbol (its type, return type and
/// parameters) and, inside bodies, the operations (locals, lambdas, local functions, catch clauses). The
/// written type syntax is looked up only on a hit, to report where the type is written. Binding the type
/// syntax again through the semantic model was most of this analyzer's time on real code.
/// </summary>
internal sealed partial class CompilationAnalysis
{
    public static readonly ImmutableArray<SymbolKind> SymbolKinds = ImmutableArray.Create(
        SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event, SymbolKind.NamedType);

    [MethodImpl(Jit.Optimized)]
    public void AnalyzeSymbol(SymbolAnalysisContext context)
    {
        if (context.Symbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise })
        {
            // An accessor writes no type of its own and cannot be `unsafe` or `extern` apart from its property or
            // event, whose own symbol action reads those (a third of the method symbols of ordinary code).
            return;
        }

        var reporter = new SymbolReporter(context);
        CheckModifiers(reporter, context.Symbol, context.CancellationToken);
        switch (context.Symbol)
        {
            case IMethodSymbol method when method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator
                or MethodKind.Conversion or MethodKind.ExplicitInterfaceImplementation:
                CheckSignature(reporter, method, context.CancellationToken);
                CheckConstraints(reporter, method, context.Compilation, context.CancellationToken);
                if (method.PartialImplementationPart is { } implementation)
                {
                    CheckSignature(reporter, implementation, context.CancellationToken);
                    CheckConstraints(reporter, implementation, context.Compilation, context.CancellationToken);
                }

                break;
            case IPropertySymbol property:
                CheckDeclared(reporter, property, property.Type, context.CancellationToken);
                CheckParameters(reporter, property.Parameters, context.CancellationToken);
                break;
            case IFieldSymbol { IsFixedSizeBuffer: false } field:
                CheckDeclared(reporter, field, field.Type, context.CancellationToken);
                break;
            case IEventSymbol @event:
                CheckDeclared(reporter, @event, @event.Type, context.CancellationToken);
                break;
            case INamedTypeSymbol type:
                CheckBaseTypesAndConstraints(reporter, type, context.Compilation, context.CancellationToken);
                if (type is { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke })
                {
                    CheckDeclared(reporter, type, invoke.ReturnType, context.CancellationToken);
                    CheckParameters(reporter, invoke.Parameters, context.CancellationToken);
                }

                break;
        }
    }

    /// <summary>
    /// Base types, interfaces, an enum's underlying type and type constraints, read from the type's symbol;
    /// only when one of them is banned is the written syntax bound, to report each banned one where it is
    /// written (binding every base list and constraint again cost 65-170 µs a node on ordinary code).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private void CheckBaseTypesAndConstraints<TReporter>(TReporter context, INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
        where TReporter : struct, IReporter
    {
        if (!IsBanned(type.BaseType) && !IsBanned(type.EnumUnderlyingType) && !AnyBanned(type.Interfaces) && !AnyConstraintBanned(type.TypeParameters))
        {
            return;
        }

        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            SyntaxNode node = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            if (node is BaseTypeDeclarationSyntax { BaseList: { } baseList })
            {
                foreach (BaseTypeSyntax baseType in baseList.Types)
                {
                    CheckWrittenType(context, baseType.Type, model ??= compilation.GetSemanticModel(node.SyntaxTree), cancellationToken);
                }
            }

            CheckWrittenConstraints(context, node, ref model, compilation, cancellationToken);
        }
    }

    /// <summary>A method's or local function's type constraints: from the symbol, bound as written only on a hit.</summary>
    [MethodImpl(Jit.Optimized)]
    private void CheckConstraints<TReporter>(TReporter context, IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
        where TReporter : struct, IReporter
    {
        // A method that declares no type parameter has no constraint (and reading TypeParameters builds an array).
        if (!method.IsGenericMethod || !AnyConstraintBanned(method.TypeParameters))
        {
            return;
        }

        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            SemanticModel? model = null;
            CheckWrittenConstraints(context, reference.GetSyntax(cancellationToken), ref model, compilation, cancellationToken);
        }
    }

    private void CheckWrittenConstraints<TReporter>(TReporter context, SyntaxNode declaration, ref SemanticModel? model, Compilation compilation, CancellationToken cancellationToken)
        where TReporter : struct, IReporter
    {
        SyntaxList<TypeParameterConstraintClauseSyntax> clauses = declaration switch
        {
            TypeDeclarationSyntax typeDeclaration => typeDeclaration.ConstraintClauses,
            DelegateDeclarationSyntax delegateDeclaration => delegateDeclaration.ConstraintClauses,
            MethodDeclarationSyntax methodDeclaration => methodDeclaration.ConstraintClauses,
            LocalFunctionStatementSyntax localFunction => localFunction.ConstraintClauses,
            _ => default,
        };
        foreach (TypeParameterConstraintClauseSyntax clause in clauses)
        {
            foreach (TypeParameterConstraintSyntax constraint in clause.Constraints)
            {
                if (constraint is TypeConstraintSyntax typeConstraint)
                {
                    CheckWrittenType(context, typeConstraint.Type, model ??= compilation.GetSemanticModel(declaration.SyntaxTree), cancellationToken);
                }
            }
        }
    }

    private void CheckWrittenType<TReporter>(TReporter context, TypeSyntax type, SemanticModel model, CancellationToken cancellationToken)
        where TReporter : struct, IReporter
    {
        if (!type.IsVar)
        {
            ReportTypeAt(context, type, checker.CheckType(model.GetTypeInfo(type, cancellationToken).Type));
        }
    }

    [MethodImpl(Jit.Optimized)]
    private bool IsBanned(ITypeSymbol? type) => type is not null && checker.CheckType(type) is not null;

    [MethodImpl(Jit.Optimized)]
    private bool AnyBanned(ImmutableArray<INamedTypeSymbol> types)
    {
        foreach (INamedTypeSymbol type in types)
        {
            if (IsBanned(type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a written constraint may be banned. <c>unmanaged</c> is written as a type constraint but is
    /// not among the constraint types, so it sends the declaration to the written syntax as before.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private bool AnyConstraintBanned(ImmutableArray<ITypeParameterSymbol> typeParameters)
    {
        foreach (ITypeParameterSymbol typeParameter in typeParameters)
        {
            if (typeParameter.HasUnmanagedTypeConstraint)
            {
                return true;
            }

            foreach (ITypeSymbol constraint in typeParameter.ConstraintTypes)
            {
                if (IsBanned(constraint))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Declared types inside bodies: locals, catch clauses, typed lambdas and local functions.</summary>
    [MethodImpl(Jit.Optimized)]
    private void CheckDeclaredInBody<TReporter>(TReporter context, IOperation operation)
        where TReporter : struct, IReporter
    {
        switch (operation)
        {
            case IVariableDeclarationOperation { Syntax: VariableDeclarationSyntax { Type: { IsVar: false } written }, Declarators: { Length: > 0 } declarators }:
                ReportTypeAt(context, written, checker.CheckType(declarators[0].Symbol.Type));
                break;
            case IForEachLoopOperation { Syntax: ForEachStatementSyntax { Type: { IsVar: false } written }, LoopControlVariable: IVariableDeclaratorOperation variable }:
                ReportTypeAt(context, written, checker.CheckType(variable.Symbol.Type));
                break;
            case ICatchClauseOperation { Syntax: CatchClauseSyntax { Declaration.Type: { } written } } catchClause:
                ReportTypeAt(context, written, checker.CheckType(catchClause.ExceptionType));
                break;
            case IDeclarationExpressionOperation { Syntax: DeclarationExpressionSyntax { Type: { IsVar: false } written } }:
                ReportTypeAt(context, written, checker.CheckType(operation.Type));
                break;
            case IAnonymousFunctionOperation lambda:
                if (lambda.Syntax is ParenthesizedLambdaExpressionSyntax { ReturnType: { } returnType })
                {
                    ReportTypeAt(context, returnType, checker.CheckType(lambda.Symbol.ReturnType));
                }

                if (MayWriteParameterType(lambda.Syntax))
                {
                    CheckParameters(context, lambda.Symbol.Parameters, CancellationToken.None);
                }

                break;
            case ILocalFunctionOperation localFunction:
                CheckModifiers(context, Modifiers(localFunction.Syntax));
                CheckSignature(context, localFunction.Symbol, CancellationToken.None);
                if (AnyConstraintBanned(localFunction.Symbol.TypeParameters) && operation.SemanticModel is { } model)
                {
                    SemanticModel? bound = model;
                    CheckWrittenConstraints(context, localFunction.Syntax, ref bound, model.Compilation, CancellationToken.None);
                }

                break;
        }
    }

    /// <summary>
    /// False for a lambda none of whose parameters has a written type (<c>x =&gt; x.Id</c>, <c>(a, b) =&gt; a + b</c>):
    /// a declared type is reported only where it is written, so its parameters need not be read (reading them
    /// builds a new array a lambda, most of this callback's time and allocations on ordinary code).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static bool MayWriteParameterType(SyntaxNode syntax) => syntax switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Type is not null,
        ParenthesizedLambdaExpressionSyntax parenthesized => AnyWrittenType(parenthesized.ParameterList),
        AnonymousMethodExpressionSyntax anonymous => anonymous.ParameterList is { } list && AnyWrittenType(list),
        _ => true,
    };

    [MethodImpl(Jit.Optimized)]
    private static bool AnyWrittenType(ParameterListSyntax list)
    {
        foreach (ParameterSyntax parameter in list.Parameters)
        {
            if (parameter.Type is not null)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(Jit.Optimized)]
    private void CheckSignature<TReporter>(TReporter context, IMethodSymbol method, CancellationToken cancellationToken)
        where TReporter : struct, IReporter
    {
        CheckDeclared(context, method, method.ReturnType, cancellationToken);
        CheckParameters(context, method.Parameters, cancellationToken);
    }

    [MethodImpl(Jit.Optimized)]
    private void CheckParameters<TReporter>(TReporter context, ImmutableArray<IParameterSymbol> parameters, CancellationToken cancellationToken)
        where TReporter : struct, IReporter
    {
        foreach (IParameterSymbol parameter in parameters)
        {
            CheckDeclared(context, parameter, parameter.Type, cancellationToken);
        }
    }

    /// <summary>Reports a banned declared type at each place the declaration writes it (none for implicit declarations).</summary>
    [MethodImpl(Jit.Optimized)]
    private void CheckDeclared<TReporter>(TReporter context, ISymbol declared, ITypeSymbol type, CancellationToken cancellationToken)
        where TReporter : struct, IReporter
    {
        if (checker.CheckType(type) is not { } found)
        {
            return;
        }

        foreach (SyntaxReference reference in declared.DeclaringSyntaxReferences)
        {
            SyntaxNode node = reference.GetSyntax(cancellationToken);
            if (WrittenType(node is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } ? declaration : node) is { IsVar: false } written)
            {
                ReportTypeAt(context, written, found);
            }
        }
    }

    private readonly struct SymbolReporter : IReporter
    {
        private readonly SymbolAnalysisContext context;

        public SymbolReporter(SymbolAnalysisContext context) => this.context = context;

        public void ReportDiagnostic(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
    }
}
