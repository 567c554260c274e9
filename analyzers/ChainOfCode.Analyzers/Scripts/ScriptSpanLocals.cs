using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// A top-level <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c> variable (<c>Span&lt;int&gt; s = a;</c>,
/// <c>var w = text.AsSpan();</c>, as models write them): a script's top-level variables are fields of the script, and
/// a field cannot be a span (CS8345). A top-level ref local (<c>ref int x = ref a[0];</c>) cannot be a field either:
/// a script does not even parse it as a variable (a method without its parameter list, CS1003). A variable declared in
/// a block is a local, so the gate puts the top-level code from the first such declaration to the script's last
/// statement into one block (a <c>{</c> at the end of the member
/// before it, or before it when it is the first, and a <c>}</c> after the last statement): every line keeps its
/// number. Top-level methods between them become local functions of the block, which may use its variables as they
/// used the fields. Left as written (CS8345 and its hint): a type or a field declared between them, a method with
/// modifiers other than <c>static</c> and <c>async</c> or with attributes, a final expression without its semicolon
/// (the script's value), and a member after the block that names one of the block's variables.
/// </summary>
internal static class ScriptSpanLocals
{
    /// <summary>The two insertions that make the block, or null when the script declares no top-level span or is left as written.</summary>
    /// <remarks>Only the script's own members count (<paramref name="scriptLength"/>): declarations the gate appends follow it.</remarks>
    public static List<TextChange>? Block(SyntaxTree tree, int scriptLength)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var members = root.Members.Where(m => m.SpanStart < scriptLength).ToList();
        int first = members.FindIndex(m => Declaration(m) is { } declaration && IsSpan(declaration) || RefLocal(m) is not null);
        int last = members.FindLastIndex(IsStatement);
        if (first < 0 && last >= 0 && UsingDeclaration(root, scriptLength) is { } start && start < members[last].SpanStart)
        {
            // The script does not parse as written: from the using declaration to the last statement is a block.
            return [new TextChange(new TextSpan(start, 0), "{"), new TextChange(new TextSpan(members[last].Span.End, 0), "}")];
        }

        if (first < 0
            || members[last] is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } }
            || members.Skip(first).Take(last - first + 1).Any(m => !IsStatement(m) && !IsPlainMethod(m)))
        {
            return null;
        }

        // The block's variables: its top-level declarations, and the pattern and out variables of its statements.
        var inBlock = members.Skip(first).Take(last - first + 1).Where(IsStatement).ToList();
        var declared = new HashSet<string>(inBlock
            .SelectMany(m => Declaration(m)?.Variables.Select(v => v.Identifier.ValueText) ?? (RefLocal(m) is { } local ? [local] : []))
            .Concat(inBlock.SelectMany(m => m.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Where(v => !InNestedCode(v, m)).Select(v => v.Identifier.ValueText))));
        if (members.Where((m, i) => i < first || i > last).Any(m => Names(m, declared)))
        {
            return null;
        }

        int open = first > 0 ? members[first - 1].Span.End : members[first].SpanStart;
        return [new TextChange(new TextSpan(open, 0), "{"), new TextChange(new TextSpan(members[last].Span.End, 0), "}")];
    }

    // A statement of the top level: a script parses "T x = e;" there as a field declaration without modifiers, and
    // "ref T x = ref e;" as a method without parameters (RefLocal).
    private static bool IsStatement(MemberDeclarationSyntax member) =>
        member is GlobalStatementSyntax or FieldDeclarationSyntax { Modifiers.Count: 0, AttributeLists.Count: 0 } || RefLocal(member) is not null;

    // The name of a top-level ref local ("ref int x = ref a[0];", "ref readonly T x = ...", "scoped ref T x = ..."),
    // which a script parses as a broken method returning "ref T" (no body, its initializer read as a parameter list or
    // skipped); null for any other member.
    private static string? RefLocal(MemberDeclarationSyntax member) =>
        member is MethodDeclarationSyntax { Body: null, ExpressionBody: null, AttributeLists.Count: 0, ContainsDiagnostics: true } method
        && (method.ReturnType is RefTypeSyntax || method.ReturnType is ScopedTypeSyntax { Type: RefTypeSyntax })
            ? method.Identifier.ValueText
            : null;

    private static VariableDeclarationSyntax? Declaration(MemberDeclarationSyntax member) => member switch
    {
        GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
        FieldDeclarationSyntax { Modifiers.Count: 0, AttributeLists.Count: 0 } field => field.Declaration,
        _ => null,
    };

    // "Span<T> x", "ReadOnlySpan<T> x" (qualified or not, scoped or not), or "var x = ....AsSpan(...)".
    private static bool IsSpan(VariableDeclarationSyntax declaration)
    {
        TypeSyntax type = declaration.Type is QualifiedNameSyntax qualified ? qualified.Right : declaration.Type is AliasQualifiedNameSyntax alias ? alias.Name : declaration.Type;
        if (type is ScopedTypeSyntax scoped)
        {
            type = scoped.Type;
        }

        if (type is GenericNameSyntax { Identifier.ValueText: "Span" or "ReadOnlySpan", TypeArgumentList.Arguments.Count: 1 })
        {
            return true;
        }

        return declaration.Type.IsVar && declaration.Variables.Count == 1
            && declaration.Variables[0].Initializer?.Value is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AsSpan" } };
    }

    // Whether a member outside the block names one of the block's variables; in a method, its own parameters shadow them
    // (a helper's parameter "grid" is not the script's variable "grid").
    private static bool Names(MemberDeclarationSyntax member, HashSet<string> variables)
    {
        var parameters = new HashSet<string>(member is BaseMethodDeclarationSyntax method ? method.ParameterList.Parameters.Select(p => p.Identifier.ValueText) : []);
        return member.DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => variables.Contains(n.Identifier.ValueText) && !parameters.Contains(n.Identifier.ValueText));
    }

    // Where a top-level using declaration starts ("using var r = new StringReader(s);", "using StringReader r = ..."): a
    // script reads "using" at the top level as a using directive, so the declaration does not parse (CS1002, CS0825:
    // the "using var" becomes a broken directive or tokens the parser skipped). Null when there is none.
    private static int? UsingDeclaration(CompilationUnitSyntax root, int scriptLength)
    {
        foreach (SyntaxToken token in root.DescendantTokens(descendIntoTrivia: true))
        {
            if (token.SpanStart >= scriptLength)
            {
                break;
            }

            if (token.IsKind(SyntaxKind.UsingKeyword)
                && (token.Parent is UsingDirectiveSyntax { ContainsDiagnostics: true } || token.Parent is SkippedTokensTriviaSyntax)
                && token.GetNextToken(includeSkipped: true) is var type
                && (type.IsKind(SyntaxKind.IdentifierToken) || SyntaxFacts.IsPredefinedType(type.Kind()))
                && (type.ValueText == "var" || type.GetNextToken(includeSkipped: true).IsKind(SyntaxKind.IdentifierToken)))
            {
                return token.SpanStart;
            }
        }

        return null;
    }

    // A top-level method that is a valid local function as written.
    private static bool IsPlainMethod(MemberDeclarationSyntax member) =>
        member is MethodDeclarationSyntax { AttributeLists.Count: 0, ExplicitInterfaceSpecifier: null } method
        && (method.Body is not null || method.ExpressionBody is not null)
        && method.Modifiers.All(m => m.IsKind(SyntaxKind.StaticKeyword) || m.IsKind(SyntaxKind.AsyncKeyword));

    // A pattern or out variable inside a lambda or local function is not a top-level variable.
    private static bool InNestedCode(SyntaxNode node, SyntaxNode top) =>
        node.Ancestors().TakeWhile(a => a != top).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
}
