using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace ChainOfCode.CodeFixes.Infrastructure;

/// <summary>Writes a type as syntax: fully qualified, left to the simplifier to shorten where usings allow.</summary>
internal static class TypeNames
{
    public static TypeSyntax Syntax(Document document, ITypeSymbol type) =>
        ((TypeSyntax)SyntaxGenerator.GetGenerator(document).TypeExpression(type))
            .WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>True for System.X (the namespace is exactly System.&lt;name&gt; below the global namespace).</summary>
    public static bool IsIn(ISymbol symbol, string outer, string inner) =>
        symbol.ContainingNamespace is { Name: var name, ContainingNamespace: { Name: var parent, ContainingNamespace.IsGlobalNamespace: true } }
        && name == inner && parent == outer;

    public static bool IsSystemType(ITypeSymbol? type, string name) =>
        type is { ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } && type.Name == name;
}
