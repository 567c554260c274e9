using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
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
    [MethodImpl(Jit.Optimized)]
    public void AnalyzeSyntax(SyntaxNodeAnalysisContext context)
    {
        SyntaxNode node = context.Node;
        switch (node)
        {
            case AttributeSyntax attribute:
                AttributeData? applied = AppliedAttribute(context, attribute);
                if ((applied is not null ? applied.AttributeConstructor : context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol as IMethodSymbol)
                    is { } attributeConstructor)
                {
                    // The constructor first, with its constant arguments ([GeneratedRegex("a+")] has no
                    // timeout; [GeneratedRegex("a+", RegexOptions.NonBacktracking)] needs none), then the type.
                    if (checker.Check(attributeConstructor) is { } ctorRule)
                    {
                        if (!ExemptAttribute(context, attribute, applied, ctorRule) && FirstAt(attribute.GetLocation()))
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

    /// <summary>
    /// The type a declaration writes: a variable's, a parameter's, a return type, a property's; null for
    /// other nodes. Looked up from a declared symbol's syntax, only when its type is banned.
    /// </summary>
    private static TypeSyntax? WrittenType(SyntaxNode node) => node switch
    {
        VariableDeclarationSyntax variable => variable.Type,
        ParameterSyntax parameter => parameter.Type,
        MethodDeclarationSyntax method => method.ReturnType,
        LocalFunctionStatementSyntax localFunction => localFunction.ReturnType,
        DelegateDeclarationSyntax @delegate => @delegate.ReturnType,
        OperatorDeclarationSyntax op => op.ReturnType,
        ConversionOperatorDeclarationSyntax conversion => conversion.Type,
        BasePropertyDeclarationSyntax property => property.Type,
        ForEachStatementSyntax forEach => forEach.Type,
        DeclarationExpressionSyntax declaration => declaration.Type,
        ParenthesizedLambdaExpressionSyntax lambda => lambda.ReturnType,
        CatchDeclarationSyntax catchDeclaration => catchDeclaration.Type,
        _ => null,
    };

    /// <summary>
    /// The compiler's data for an attribute, from the attributed symbol where the compiler has it (binding the
    /// attribute again through the semantic model costs a millisecond each on real code); null for attributes no
    /// symbol carries this way (lambda attributes, <c>field:</c> and other explicit targets), which are bound.
    /// </summary>
    private static AttributeData? AppliedAttribute(SyntaxNodeAnalysisContext context, AttributeSyntax attribute)
    {
        if (attribute.Parent is not AttributeListSyntax list)
        {
            return null;
        }

        SyntaxKind target = list.Target?.Identifier.Kind() ?? SyntaxKind.None;
        SyntaxNode? owner = list.Parent;
        if (owner is CompilationUnitSyntax)
        {
            return target switch
            {
                SyntaxKind.AssemblyKeyword => Find(context.Compilation.Assembly.GetAttributes(), attribute),
                SyntaxKind.ModuleKeyword => Find(context.Compilation.SourceModule.GetAttributes(), attribute),
                _ => null,
            };
        }

        if (owner is BaseFieldDeclarationSyntax field)
        {
            owner = field.Declaration.Variables.FirstOrDefault();
        }

        if (owner is null || owner is AnonymousFunctionExpressionSyntax || (target != SyntaxKind.None && target != SyntaxKind.ReturnKeyword))
        {
            return null;
        }

        // The driver runs this action inside a declaration and names the symbol declared there: when that is the
        // attributed declaration, its data is read without asking the semantic model which symbol the node
        // declares (GetDeclaredSymbol cost 30-40 µs an attribute on Dapper, most of this callback's time).
        if (Declares(context.ContainingSymbol, owner) && Find(Attributes(context.ContainingSymbol, target), attribute) is { } data)
        {
            return data;
        }

        return Find(Attributes(context.SemanticModel.GetDeclaredSymbol(owner, context.CancellationToken), target), attribute);
    }

    private static ImmutableArray<AttributeData> Attributes(ISymbol? symbol, SyntaxKind target) =>
        (target == SyntaxKind.ReturnKeyword
            ? (symbol as IMethodSymbol ?? (symbol as INamedTypeSymbol)?.DelegateInvokeMethod)?.GetReturnTypeAttributes()
            : symbol?.GetAttributes()) ?? ImmutableArray<AttributeData>.Empty;

    private static AttributeData? Find(ImmutableArray<AttributeData> applied, AttributeSyntax attribute)
    {
        foreach (AttributeData data in applied)
        {
            if (data.ApplicationSyntaxReference is { } reference && reference.Span == attribute.Span && reference.SyntaxTree == attribute.SyntaxTree)
            {
                return data;
            }
        }

        return null;
    }

    private static bool Declares(ISymbol? symbol, SyntaxNode node)
    {
        if (symbol is not null)
        {
            foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
            {
                if (reference.Span == node.Span && reference.SyntaxTree == node.SyntaxTree)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an attribute's constant arguments exempt it from its constructor's rule: read from the compiler's
    /// attribute data where there is one (binding the attribute's operation again cost 0.5-0.8 ms each), else
    /// from the bound operation.
    /// </summary>
    private bool ExemptAttribute(SyntaxNodeAnalysisContext context, AttributeSyntax attribute, AttributeData? applied, RuleMatch rule)
    {
        if (rule.Capability.UnlessArgument is null)
        {
            return false;
        }

        if (applied is not null)
        {
            foreach (TypedConstant argument in applied.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Enum && argument.Type is INamedTypeSymbol type && argument.Value is { } constant && HasFlag(rule, type, constant))
                {
                    return true;
                }
            }

            return false;
        }

        return context.SemanticModel.GetOperation(attribute, context.CancellationToken) is IAttributeOperation { Operation: IObjectCreationOperation creation }
            && Exempt(rule, creation.Arguments);
    }

    /// <summary>
    /// `unsafe` and `extern` on a declaration, and a finalizer: read from the declared symbol's syntax in the
    /// symbol action (and the local function's operation) that runs anyway, not from a syntax-node action on
    /// every declaration.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private void CheckModifiers<TReporter>(TReporter context, ISymbol declared, CancellationToken cancellationToken)
        where TReporter : struct, IReporter
    {
        // DeclaringSyntaxReferences finds each declaration from its location in the tree (a few µs a symbol);
        // the locations are stored, so the trees are checked first.
        if (declared is not IMethodSymbol { MethodKind: MethodKind.Destructor } && !MayWriteModifier(declared.Locations, cancellationToken))
        {
            return;
        }

        foreach (SyntaxReference reference in declared.DeclaringSyntaxReferences)
        {
            SyntaxNode node = reference.GetSyntax(cancellationToken);
            CheckModifiers(context, Modifiers(node));
            if (node is DestructorDeclarationSyntax finalizer && declared is IMethodSymbol { MethodKind: MethodKind.Destructor })
            {
                ReportFeature(context, finalizer.Identifier.GetLocation(), Features.Finalizer, "~" + finalizer.Identifier.Text);
            }
        }
    }

    /// <summary>
    /// False when no <c>unsafe</c> or <c>extern</c> is written anywhere in the text of the trees a symbol is
    /// declared in: then none of its declarations has those modifiers, and its syntax need not be read. One scan of the text a tree and
    /// compilation; a word that merely contains the letters (<c>externalId</c>) only sends it the slow way.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private bool MayWriteModifier(ImmutableArray<Location> locations, CancellationToken cancellationToken)
    {
        foreach (Location location in locations)
        {
            if (location.SourceTree is { } tree)
            {
                if (!modifierTrees.TryGetValue(tree, out bool found))
                {
                    found = Contains(tree.GetText(cancellationToken), "unsafe", "extern");
                    modifierTrees.TryAdd(tree, found);
                }

                if (found)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int ScanChunk = 4096;

    /// <summary>The scan's chunk, one a thread (a new one a tree was 8 KB allocated by the first symbol of each tree).</summary>
    [ThreadStatic]
    private static char[]? scanBuffer;

    /// <summary>True when the text contains either word, read in chunks without building the whole string.</summary>
    private static bool Contains(SourceText text, string first, string second)
    {
        const int Chunk = ScanChunk;
        int overlap = Math.Max(first.Length, second.Length) - 1;
        char[] buffer = scanBuffer is { } reused && reused.Length >= Chunk + overlap ? reused : scanBuffer = new char[Chunk + overlap];
        for (int start = 0; start < text.Length; start += Chunk)
        {
            int count = Math.Min(Chunk + overlap, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            var span = new ReadOnlySpan<char>(buffer, 0, count);
            if (span.IndexOf(first.AsSpan(), StringComparison.Ordinal) >= 0 || span.IndexOf(second.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static SyntaxTokenList Modifiers(SyntaxNode node) => node switch
    {
        MemberDeclarationSyntax member => member.Modifiers,
        VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } => field.Modifiers,
        LocalFunctionStatementSyntax localFunction => localFunction.Modifiers,
        _ => default,
    };

    private void CheckModifiers<TReporter>(TReporter context, SyntaxTokenList modifiers)
        where TReporter : struct, IReporter
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
