using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.CodeFixes;

/// <summary>
/// COC0005: removes an <c>unsafe</c> modifier or unwraps an <c>unsafe</c> block when nothing inside
/// needs an unsafe context (no pointer type, address-of, dereference, <c>-&gt;</c>, <c>fixed</c>,
/// <c>stackalloc</c>, function pointer or <c>sizeof</c> of a non-primitive).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveUnsafeFix)), Shared]
public sealed class RemoveUnsafeFix : SafeCodeFixProvider
{
    internal const string Key = "COC0005.RemoveUnsafe";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.NativeInterop);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        SyntaxToken token = context.Root.FindToken(context.Diagnostic.Location.SourceSpan.Start);
        if (!token.IsKind(SyntaxKind.UnsafeKeyword) || token.Span != context.Diagnostic.Location.SourceSpan)
        {
            yield break;
        }

        switch (token.Parent)
        {
            case UnsafeStatementSyntax statement when !NeedsUnsafe(statement.Block):
                yield return FixPlan.Replace("Remove 'unsafe'", Key, statement, current => Unwrap((UnsafeStatementSyntax)current));
                break;
            case MemberDeclarationSyntax member when member.Modifiers.Contains(token) && !NeedsUnsafe(member):
                yield return FixPlan.Replace("Remove 'unsafe'", Key, member, RemoveModifier);
                break;
            case LocalFunctionStatementSyntax local when !NeedsUnsafe(local):
                yield return FixPlan.Replace("Remove 'unsafe'", Key, local, RemoveModifier);
                break;
        }
    }

    private static bool NeedsUnsafe(SyntaxNode node) =>
        node.DescendantNodesAndSelf().Any(n =>
            n is PointerTypeSyntax or FunctionPointerTypeSyntax or FixedStatementSyntax or StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax or SizeOfExpressionSyntax
            || n.IsKind(SyntaxKind.AddressOfExpression)
            || n.IsKind(SyntaxKind.PointerIndirectionExpression)
            || n.IsKind(SyntaxKind.PointerMemberAccessExpression));

    private static SyntaxNode Unwrap(UnsafeStatementSyntax statement)
    {
        // `unsafe {` or `unsafe` on its own line: the brace takes the keyword's place and indentation.
        BlockSyntax block = statement.Block;
        return block.WithOpenBraceToken(block.OpenBraceToken.WithLeadingTrivia(statement.UnsafeKeyword.LeadingTrivia))
            .WithTrailingTrivia(statement.GetTrailingTrivia());
    }

    private static SyntaxNode RemoveModifier(SyntaxNode node)
    {
        // The keyword's leading trivia (indentation, comments) moves to whatever follows it.
        SyntaxToken unsafeToken = Modifiers(node).First(m => m.IsKind(SyntaxKind.UnsafeKeyword));
        SyntaxToken next = unsafeToken.GetNextToken();
        node = node.ReplaceToken(next, next.WithLeadingTrivia(unsafeToken.LeadingTrivia.AddRange(next.LeadingTrivia)));
        SyntaxTokenList modifiers = Modifiers(node);
        modifiers = modifiers.Remove(modifiers.First(m => m.IsKind(SyntaxKind.UnsafeKeyword)));
        return node is LocalFunctionStatementSyntax local ? local.WithModifiers(modifiers) : ((MemberDeclarationSyntax)node).WithModifiers(modifiers);
    }

    private static SyntaxTokenList Modifiers(SyntaxNode node) =>
        node is LocalFunctionStatementSyntax local ? local.Modifiers : ((MemberDeclarationSyntax)node).Modifiers;
}
