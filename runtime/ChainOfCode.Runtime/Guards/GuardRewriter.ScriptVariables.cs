using System.Collections.Concurrent;
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
/// (no anonymous type or delegate, no type of the script's own, no type parameter, pointer or <c>dynamic</c>), each the only
/// namespace or public type its name finds, written fully qualified (<c>global::</c>) with its tuple element
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

        string text = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        TypeSyntax var = declaration.Declaration.Type;
        if (!IsWhitespace(var.GetLeadingTrivia()) || !IsWhitespace(var.GetTrailingTrivia()))
        {
            return Written(text).WithTriviaFrom(var);
        }

        // Most declarations put the same whitespace around their var: the type with that trivia is kept too (giving a
        // node its trivia rewrites it whole, which cost as much as the lookup of the type).
        string key = string.Concat(text, "\u0001", var.GetLeadingTrivia().ToFullString(), "\u0001", var.GetTrailingTrivia().ToFullString());
        if (!WrittenTypes.TryGetValue(key, out TypeSyntax? spaced))
        {
            spaced = Written(text).WithTriviaFrom(var);
            if (WrittenTypes.Count < MaxWrittenTypes)
            {
                WrittenTypes.TryAdd(key, spaced);
            }
        }

        return spaced;
    }

    private static TypeSyntax Written(string text)
    {
        if (!WrittenTypes.TryGetValue(text, out TypeSyntax? written))
        {
            written = SyntaxFactory.ParseTypeName(text);
            if (WrittenTypes.Count < MaxWrittenTypes)
            {
                WrittenTypes.TryAdd(text, written);
            }
        }

        return written;
    }

    private static bool IsWhitespace(SyntaxTriviaList trivia)
    {
        foreach (SyntaxTrivia one in trivia)
        {
            if (!one.IsKind(SyntaxKind.WhitespaceTrivia) && !one.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return false;
            }
        }

        return true;
    }

    // The same few types come back script after script: each text parsed once (a parsed node joins any tree as its green
    // copy), and with the whitespace around it, up to a bound on the texts kept.
    private const int MaxWrittenTypes = 1024;
    private static readonly ConcurrentDictionary<string, TypeSyntax> WrittenTypes = new(System.StringComparer.Ordinal);

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

    // Public (its containing types too), from a reference, and what its written name finds in the compilation. A keyword
    // (string, int, ...), T? and a tuple's parentheses name the compiler's own types, as var did; any other name is looked up.
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

        return named.IsTupleType || definition.SpecialType is SpecialType.System_Object or (>= SpecialType.System_Boolean and <= SpecialType.System_String) or SpecialType.System_Nullable_T
            || IsFoundByName(definition, compilation);
    }

    // What global::N1.N2.T finds, through the compilation's own namespaces (those the gate's binding already merged): at each
    // step the one namespace or the one public type of that name and arity, else the name is ambiguous or another type.
    // A nested type's name is unique in its containing type.
    private static bool IsFoundByName(INamedTypeSymbol definition, Compilation compilation)
    {
        if (definition.ContainingType is { } outer)
        {
            return IsFoundByName(outer, compilation);
        }

        if (compilation.GetCompilationNamespace(definition.ContainingNamespace) is not { } container || !IsOnly(container, definition.Name, definition.Arity, definition))
        {
            return false;
        }

        for (INamespaceSymbol step = container; !step.IsGlobalNamespace; step = step.ContainingNamespace)
        {
            if (!IsOnly(step.ContainingNamespace, step.Name, 0, step))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOnly(INamespaceSymbol container, string name, int arity, ISymbol expected)
    {
        foreach (ISymbol member in container.GetMembers(name))
        {
            bool competes = member switch
            {
                INamespaceSymbol => arity == 0,
                INamedTypeSymbol type => type.Arity == arity && type.DeclaredAccessibility == Accessibility.Public,
                _ => false,
            };
            if (competes && !SymbolEqualityComparer.Default.Equals(member, expected))
            {
                return false;
            }
        }

        return true;
    }
}
