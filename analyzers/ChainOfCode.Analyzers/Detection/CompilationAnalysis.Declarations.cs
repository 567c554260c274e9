using System.Collections.Concurrent;
using System.Linq;
using System.Collections.Immutable;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>Syntax routes: declared types, modifiers, stackalloc and the script directives, which operations do not show.</summary>
internal sealed partial class CompilationAnalysis
{
    public void AnalyzeSyntax(SyntaxNodeAnalysisContext context)
    {
        SyntaxNode node = context.Node;
        switch (node)
        {
            case VariableDeclarationSyntax variable:
                CheckWrittenType(context, variable.Type);
                break;
            case ParameterSyntax parameter:
                CheckWrittenType(context, parameter.Type);
                break;
            case DestructorDeclarationSyntax finalizer:
                CheckModifiers(context, finalizer.Modifiers);
                ReportFeature(context, finalizer.Identifier.GetLocation(), Features.Finalizer, "~" + finalizer.Identifier.Text);
                break;
            case MemberDeclarationSyntax member:
                CheckModifiers(context, member.Modifiers);
                CheckWrittenType(context, member switch
                {
                    MethodDeclarationSyntax method => method.ReturnType,
                    DelegateDeclarationSyntax @delegate => @delegate.ReturnType,
                    OperatorDeclarationSyntax op => op.ReturnType,
                    ConversionOperatorDeclarationSyntax conversion => conversion.Type,
                    BasePropertyDeclarationSyntax property => property.Type,
                    _ => null,
                });
                break;
            case LocalFunctionStatementSyntax localFunction:
                CheckModifiers(context, localFunction.Modifiers);
                CheckWrittenType(context, localFunction.ReturnType);
                break;
            case BaseTypeSyntax baseType:
                CheckWrittenType(context, baseType.Type);
                break;
            case TypeConstraintSyntax constraint:
                CheckWrittenType(context, constraint.Type);
                break;
            case AttributeSyntax attribute:
                if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is IMethodSymbol attributeConstructor)
                {
                    // The constructor first, with its constant arguments ([GeneratedRegex("a+")] has no
                    // timeout; [GeneratedRegex("a+", RegexOptions.NonBacktracking)] needs none), then the type.
                    if (checker.Check(attributeConstructor) is { } ctorRule)
                    {
                        var arguments = context.SemanticModel.GetOperation(attribute, context.CancellationToken) is IAttributeOperation { Operation: IObjectCreationOperation creation }
                            ? creation.Arguments
                            : ImmutableArray<IArgumentOperation>.Empty;
                        if (!Exempt(ctorRule, arguments) && FirstAt(attribute.GetLocation()))
                        {
                            context.ReportDiagnostic(RuleDescriptors.Create(ctorRule, attribute.GetLocation(), Display(attributeConstructor)));
                        }
                    }
                    else
                    {
                        CheckSymbol(context, attribute, attributeConstructor.ContainingType);
                    }
                }

                break;
            case UsingDirectiveSyntax usingDirective:
                if (usingDirective.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) || usingDirective.Alias is not null)
                {
                    if (context.SemanticModel.GetSymbolInfo(usingDirective.NamespaceOrType, context.CancellationToken).Symbol is ITypeSymbol target
                        && !(usingDirective.Alias is null && target is INamedTypeSymbol imported && checker.Denials.HasMemberRules(imported.OriginalDefinition)))
                    {
                        // `using static System.Console;` imports Write and WriteLine too: a type with
                        // member-level lines is reported where a banned member is used, not at the import.
                        ReportType(context, usingDirective.NamespaceOrType, checker.CheckType(target));
                    }
                }

                break;
            case ForEachStatementSyntax forEach:
                CheckWrittenType(context, forEach.Type);
                break;
            case DeclarationExpressionSyntax declaration:
                CheckWrittenType(context, declaration.Type);
                break;
            case ParenthesizedLambdaExpressionSyntax lambda:
                CheckWrittenType(context, lambda.ReturnType);
                break;
            case CatchDeclarationSyntax catchDeclaration:
                CheckWrittenType(context, catchDeclaration.Type);
                break;
            case UnsafeStatementSyntax unsafeStatement:
                ReportFeature(context, unsafeStatement.UnsafeKeyword.GetLocation(), Features.Unsafe, "unsafe");
                break;
            case FixedStatementSyntax fixedStatement:
                ReportFeature(context, fixedStatement.FixedKeyword.GetLocation(), Features.Fixed, "fixed");
                break;
            case StackAllocArrayCreationExpressionSyntax stackAlloc:
                if (!IsSmallConstantStackAlloc(context, stackAlloc.Type, stackAlloc.Initializer)
                    || StackAllocShape.Grows(stackAlloc, context.SemanticModel, context.CancellationToken))
                {
                    ReportFeature(context, stackAlloc.GetLocation(), Features.StackAlloc, "stackalloc");
                }

                break;
            case ImplicitStackAllocArrayCreationExpressionSyntax implicitStackAlloc:
                if (implicitStackAlloc.Initializer.Expressions.Count > Features.MaxConstantStackAlloc
                    || StackAllocShape.Grows(implicitStackAlloc, context.SemanticModel, context.CancellationToken))
                {
                    ReportFeature(context, implicitStackAlloc.GetLocation(), Features.StackAlloc, "stackalloc");
                }

                break;
            case PointerTypeSyntax:
                ReportFeature(context, node.GetLocation(), Features.Pointer, node.ToString());
                break;
            case FunctionPointerTypeSyntax:
                ReportFeature(context, node.GetLocation(), Features.FunctionPointer, "delegate*");
                break;
        }
    }

    public void AnalyzeDirectives(SyntaxTreeAnalysisContext context)
    {
        if (context.Tree.Options.Kind != SourceCodeKind.Script || context.Tree.GetRoot(context.CancellationToken) is not CompilationUnitSyntax unit)
        {
            return;
        }

        foreach (ReferenceDirectiveTriviaSyntax reference in unit.GetReferenceDirectives())
        {
            ReportFeature(context, reference, "#r");
        }

        foreach (LoadDirectiveTriviaSyntax load in unit.GetLoadDirectives())
        {
            ReportFeature(context, load, "#load");
        }
    }

    private void ReportFeature(SyntaxTreeAnalysisContext context, SyntaxNode directive, string subject)
    {
        if (checker.Feature(Features.ScriptDirective) is { } rule && FirstAt(directive.GetLocation()))
        {
            context.ReportDiagnostic(RuleDescriptors.Create(rule, directive.GetLocation(), subject));
        }
    }

    private void CheckWrittenType(SyntaxNodeAnalysisContext context, TypeSyntax? type)
    {
        if (type is null || type.IsVar)
        {
            return;
        }

        ReportType(context, type, checker.CheckType(context.SemanticModel.GetTypeInfo(type, context.CancellationToken).Type));
    }

    private void CheckModifiers(SyntaxNodeAnalysisContext context, SyntaxTokenList modifiers)
    {
        foreach (SyntaxToken modifier in modifiers)
        {
            if (modifier.IsKind(SyntaxKind.UnsafeKeyword))
            {
                ReportFeature(context, modifier.GetLocation(), Features.Unsafe, "unsafe");
            }
            else if (modifier.IsKind(SyntaxKind.ExternKeyword))
            {
                ReportFeature(context, modifier.GetLocation(), Features.Extern, "extern");
            }
        }
    }

    private bool IsSmallConstantStackAlloc(SyntaxNodeAnalysisContext context, TypeSyntax type, InitializerExpressionSyntax? initializer)
    {
        if (type is not ArrayTypeSyntax array || array.RankSpecifiers.Count != 1 || array.RankSpecifiers[0].Sizes.Count != 1)
        {
            return false;
        }

        ExpressionSyntax size = array.RankSpecifiers[0].Sizes[0];
        if (size is OmittedArraySizeExpressionSyntax)
        {
            return initializer is not null && initializer.Expressions.Count <= Features.MaxConstantStackAlloc;
        }

        Optional<object?> constant = context.SemanticModel.GetConstantValue(size, context.CancellationToken);
        return constant.HasValue && constant.Value is int count && count >= 0 && count <= Features.MaxConstantStackAlloc;
    }
}
