using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// A record's compiler-written Equals, GetHashCode, ToString and PrintMembers recurse into its members
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
        if (record is not { IsRecord: true })
        {
            return visited;
        }

        var added = new List<MemberDeclarationSyntax>();
        string self = visited.Identifier.ValueText + (visited.TypeParameterList?.WithoutTrivia().ToString() ?? string.Empty);
        if (record.IsValueType)
        {
            StructMembers(record, self, added);
        }
        else if (record.GetMembers("EqualityContract").OfType<IPropertySymbol>().FirstOrDefault() is { IsImplicitlyDeclared: true } contract)
        {
            string modifiers = (contract.DeclaredAccessibility == Accessibility.Private ? "private" : "protected")
                + (contract.IsOverride ? (contract.IsSealed ? " sealed override" : " override") : contract.IsVirtual ? " virtual" : string.Empty);
            added.Add(Member($"{modifiers} global::System.Type EqualityContract {{ get {{ {GuardSyntax.Guard}.Checkpoint(); return typeof({self}); }} }} "));
        }

        if (record.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty) is { IsImplicitlyDeclared: true }
            && PrintedMembers(record) is { } printed)
        {
            // The compiler's PrintMembers appends each member as an object, so a JSON node or a big integer held by the
            // record would write itself in one library call: the members go through the guard instead (ScriptGuard.TextOf).
            string members = string.Join(" __cocText.Append(\", \");", printed.Select(m => $" __cocText.Append(\"{m} = \"); __cocText.Append({GuardSyntax.Guard}.TextOf(this.@{m}));"));
            added.Add(Member(
                $"public override string ToString() {{ {GuardSyntax.Guard}.Checkpoint(); var __cocText = new global::System.Text.StringBuilder(); "
                + $"__cocText.Append(\"{visited.Identifier.ValueText}\"); __cocText.Append(\" {{ \");{members}{(printed.Count > 0 ? " __cocText.Append(' ');" : string.Empty)} "
                + "__cocText.Append('}'); return __cocText.ToString(); } "));
        }
        else if (record.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty) is { IsImplicitlyDeclared: true })
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

    /// <summary>
    /// A record struct has no EqualityContract: its compiler-written <c>Equals(R)</c> and <c>GetHashCode</c> compare and
    /// hash its fields through <c>EqualityComparer&lt;T&gt;.Default</c>, which reaches the next boxed record struct of a
    /// chain with no checkpoint (a chain of three million boxed <c>record struct R(object? Next)</c> hashed or printed
    /// overflowed the stack and ended the host). The rewrite declares both as the compiler writes them (the fields in
    /// order, the same hash), each with a checkpoint.
    /// </summary>
    private static void StructMembers(INamedTypeSymbol record, string self, List<MemberDeclarationSyntax> added)
    {
        string[] fields = [.. record.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst)
            .Select(f => "@" + (f.AssociatedSymbol?.Name ?? f.Name))];
        bool any = false;
        if (record.GetMembers("GetHashCode").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty) is { IsImplicitlyDeclared: true })
        {
            string hash = fields.Length == 0 ? "0" : fields.Skip(1).Aggregate($"__CocHashOf(this.{fields[0]})", (h, f) => $"({h}) * -1521134295 + __CocHashOf(this.{f})");
            added.Add(Member($"public override int GetHashCode() {{ {GuardSyntax.Guard}.Checkpoint(); return unchecked({hash}); }} "));
            any = true;
        }

        if (record.GetMembers("Equals").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, record)) is { IsImplicitlyDeclared: true })
        {
            string same = fields.Length == 0 ? "true" : string.Join(" && ", fields.Select(f => $"__CocSame(this.{f}, other.{f})"));
            added.Add(Member($"public bool Equals({self} other) {{ {GuardSyntax.Guard}.Checkpoint(); return {same}; }} "));
            any = true;
        }

        if (any)
        {
            added.Add(Member("private static int __CocHashOf<__CocT>(__CocT value) => global::System.Collections.Generic.EqualityComparer<__CocT>.Default.GetHashCode(value!); "));
            added.Add(Member("private static bool __CocSame<__CocT>(__CocT a, __CocT b) => global::System.Collections.Generic.EqualityComparer<__CocT>.Default.Equals(a, b); "));
        }
    }

    /// <summary>
    /// The members the compiler's PrintMembers would print, base records first (public instance fields and readable
    /// properties, in declaration order), or null when a record of the chain declares its own PrintMembers.
    /// </summary>
    private static List<string>? PrintedMembers(INamedTypeSymbol record)
    {
        var chain = new Stack<INamedTypeSymbol>();
        for (INamedTypeSymbol? type = record; type is { IsRecord: true }; type = type.BaseType)
        {
            if (type.GetMembers("PrintMembers").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared) || type.ContainingAssembly is not ISourceAssemblySymbol)
            {
                return null;
            }

            chain.Push(type);
        }

        var printed = new List<string>();
        foreach (INamedTypeSymbol type in chain)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                bool printable = member switch
                {
                    IFieldSymbol field => field is { IsStatic: false, IsConst: false, DeclaredAccessibility: Accessibility.Public, IsImplicitlyDeclared: false },
                    IPropertySymbol property => property is { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, IsOverride: false, GetMethod.DeclaredAccessibility: Accessibility.Public }
                        && property.Name != "EqualityContract",
                    _ => false,
                };
                if (printable)
                {
                    printed.Add(member.Name);
                }
            }
        }

        return printed;
    }

    private static MemberDeclarationSyntax Member(string text) => ParseMemberDeclaration(text, options: ScriptGate.ParseOptions)!;
}
