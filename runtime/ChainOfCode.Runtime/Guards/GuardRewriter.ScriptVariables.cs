using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Runtime;

/// <summary>
/// The guarded tree's script variables: a top-level <c>var x = ...;</c> (a field of the script class) gets the type the
/// gate's compilation inferred for it, written out. The compiler infers a <c>var</c> field's type by binding its
/// initializer once more, apart from the binding it emits (group 1, round 9: a tenth of the guarded emit); with the type
/// written it binds only the type's name. The guarded tree names the very type the script's variable has: nothing else changes.
/// </summary>
/// <remarks>
/// Only a type that the name written here resolves to for certain: built of public types of the script's references
/// (no anonymous type or delegate, no type of the script's own, no type parameter, pointer or <c>dynamic</c>), each found
/// under its metadata name in exactly one reference, written fully qualified (<c>global::</c>) with its tuple element
/// names; and only outside a nullable-annotations region (a <c>var</c> field's type is oblivious, which a type written inside
/// one is not) and with no reference type inferred as annotated. What is written there is oblivious, as the inferred type is
/// at its top; a part the framework declares not-null becomes oblivious too, which only nullable warnings could tell apart
/// (the guarded tree's warnings are never reported). Anything else keeps its <c>var</c>.
/// </remarks>
internal sealed partial class GuardRewriter
{
    // A script's top-level "var x = ...;" is a field declaration of the script class.
    public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node)
    {
        var visited = (FieldDeclarationSyntax)base.VisitFieldDeclaration(node)!;
        return ExplicitType(node, model, cancellationToken) is { } type ? visited.WithDeclaration(visited.Declaration.WithType(type)) : visited;
    }

    /// <summary>The written type of <paramref name="declaration"/> (a top-level statement of the script), or null to keep it as it is.</summary>
    private static TypeSyntax? ExplicitType(FieldDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        if (declaration.Parent is not CompilationUnitSyntax || declaration.Modifiers.Count > 0 || declaration.AttributeLists.Count > 0
            || declaration.Declaration is not { Type.IsVar: true, Variables: [{ Initializer: not null } variable] }
            || model.GetNullableContext(declaration.SpanStart).AnnotationsEnabled()
            || model.GetDeclaredSymbol(variable, cancellationToken) is not IFieldSymbol { RefKind: RefKind.None, Type: var type }
            || !IsNameable(type, model.Compilation))
        {
            return null;
        }

        return SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithTriviaFrom(declaration.Declaration.Type);
    }

    // A reference type inferred as annotated (T?, from a declaration in a nullable-enabled region) keeps its var: a "?"
    // written outside such a region is a warning of its own.
    private static bool IsNameable(ITypeSymbol type, Compilation compilation) => (!type.IsReferenceType || type.NullableAnnotation != NullableAnnotation.Annotated) && type switch
    {
        IArrayTypeSymbol array => IsNameable(array.ElementType, compilation),
        INamedTypeSymbol named => named.TypeKind is not TypeKind.Error && !named.IsAnonymousType && named.CanBeReferencedByName
            && IsPublicReferenceType(named, compilation) && AllNameable(named.TypeArguments, compilation),
        _ => false,
    };

    private static bool AllNameable(System.Collections.Immutable.ImmutableArray<ITypeSymbol> types, Compilation compilation)
    {
        foreach (ITypeSymbol type in types)
        {
            if (!IsNameable(type, compilation))
            {
                return false;
            }
        }

        return true;
    }

    // Public (its containing types too), from a reference, and what its metadata name finds among the references: a name
    // that two references declare would not compile where the inferred type did.
    private static bool IsPublicReferenceType(INamedTypeSymbol named, Compilation compilation)
    {
        INamedTypeSymbol definition = named.OriginalDefinition;
        if (definition.ContainingAssembly is not { } assembly || SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
        {
            return false;
        }

        for (INamedTypeSymbol? type = definition; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility != Accessibility.Public || !type.CanBeReferencedByName)
            {
                return false;
            }
        }

        return SymbolEqualityComparer.Default.Equals(compilation.GetTypeByMetadataName(MetadataName(definition)), definition);
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer)
        {
            return MetadataName(outer) + "+" + type.MetadataName;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
    }
}
