using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// A record class's compiler-written Equals, GetHashCode, ToString and PrintMembers recurse into its members
/// without any of the script's code running, so a long chain of records would overflow the stack below every
/// guard. The rewrite declares the two members those go through with a checkpoint (whose stack probe then ends a
/// deep walk): <c>EqualityContract</c>, which Equals and GetHashCode read at every level, and <c>ToString</c>,
/// written as the compiler writes it (around the compiler's PrintMembers). A member the script declares itself
/// is left alone: it is guarded like any other.
/// </summary>
internal static class RecordGuards
{
    public static RecordDeclarationSyntax Guard(RecordDeclarationSyntax visited, INamedTypeSymbol? record)
    {
        if (record is not { IsRecord: true, IsReferenceType: true })
        {
            return visited;
        }

        var added = new List<MemberDeclarationSyntax>();
        string self = visited.Identifier.ValueText + (visited.TypeParameterList?.WithoutTrivia().ToString() ?? string.Empty);
        if (record.GetMembers("EqualityContract").OfType<IPropertySymbol>().FirstOrDefault() is { IsImplicitlyDeclared: true } contract)
        {
            string modifiers = (contract.DeclaredAccessibility == Accessibility.Private ? "private" : "protected")
                + (contract.IsOverride ? (contract.IsSealed ? " sealed override" : " override") : contract.IsVirtual ? " virtual" : string.Empty);
            added.Add(Member($"{modifiers} global::System.Type EqualityContract {{ get {{ {GuardSyntax.Guard}.Checkpoint(); return typeof({self}); }} }} "));
        }

        if (record.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty) is { IsImplicitlyDeclared: true })
        {
            added.Add(Member(
                $"public override string ToString() {{ {GuardSyntax.Guard}.Checkpoint(); var __cocText = new global::System.Text.StringBuilder(); "
                + $"__cocText.Append(\"{visited.Identifier.ValueText}\"); __cocText.Append(\" {{ \"); if (PrintMembers(__cocText)) {{ __cocText.Append(' '); }} "
                + "__cocText.Append('}'); return __cocText.ToString(); } "));
        }

        if (added.Count == 0)
        {
            return visited;
        }

        if (visited.OpenBraceToken.IsKind(SyntaxKind.None))
        {
            // "record Node(Node Next);": the semicolon becomes a body, its trivia (the line break) after the closing brace.
            SyntaxToken semicolon = visited.SemicolonToken;
            return visited
                .WithSemicolonToken(default)
                .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(Space))
                .WithMembers(List(added))
                .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(semicolon.TrailingTrivia));
        }

        return visited.WithMembers(visited.Members.AddRange(added));
    }

    private static MemberDeclarationSyntax Member(string text) => ParseMemberDeclaration(text, options: ScriptGate.ParseOptions)!;
}
