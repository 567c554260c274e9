using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// Extension methods in a static class (<c>static class StringExtensions { public static string Reversed(this string s) ... }</c>,
/// as models write them): in a script every class is nested in the script, so the compiler refuses them (CS1109).
/// A script may declare extension methods at its top level, so the gate makes each such method a plain static
/// method (its <c>this</c> blanked out, every position kept) and adds, at the end of the script, a top-level
/// extension method of the same signature that calls it: <c>static string Reversed(this string s) =&gt; StringExtensions.Reversed(s);</c>.
/// Calls as an extension and as a static method both work. A generic or nested class, or a method that is private,
/// is left as written (CS1109 and its hint).
/// </summary>
internal static class ScriptExtensionClasses
{
    /// <summary>The blanked <c>this</c> modifiers and the forwarding methods to append, or null when there is none.</summary>
    public static (List<TextChange> InPlace, string Appended)? Forwarders(SyntaxTree tree)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var inPlace = new List<TextChange>();
        var appended = new System.Text.StringBuilder();
        foreach (ClassDeclarationSyntax type in root.Members.OfType<ClassDeclarationSyntax>().Where(c => c.TypeParameterList is null && c.Modifiers.Any(SyntaxKind.StaticKeyword)))
        {
            foreach (MethodDeclarationSyntax method in type.Members.OfType<MethodDeclarationSyntax>())
            {
                SeparatedSyntaxList<ParameterSyntax> parameters = method.ParameterList.Parameters;
                if (parameters.Count == 0 || parameters[0].Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.ThisKeyword)) is not { RawKind: not 0 } thisToken
                    || !method.Modifiers.Any(SyntaxKind.StaticKeyword) || method.Modifiers.Any(SyntaxKind.PrivateKeyword) || method.Modifiers.Any(SyntaxKind.ProtectedKeyword)
                    || !method.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword))
                    || parameters.Any(p => p.Type is null) || method.ReturnType is RefTypeSyntax)
                {
                    continue;
                }

                inPlace.Add(new TextChange(thisToken.Span, new string(' ', thisToken.Span.Length)));
                string typeArguments = method.TypeParameterList is { } list ? "<" + string.Join(", ", list.Parameters.Select(p => p.Identifier.Text)) + ">" : string.Empty;
                string arguments = string.Join(", ", parameters.Select(p =>
                    string.Concat(p.Modifiers.Where(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.OutKeyword) || m.IsKind(SyntaxKind.InKeyword)).Select(m => m.Text + " "))
                    + p.Identifier.Text));
                string constraints = string.Join(" ", method.ConstraintClauses.Select(c => c.ToString()));
                appended.Append('\n').Append("static ").Append(method.ReturnType.ToString()).Append(' ').Append(method.Identifier.Text).Append(method.TypeParameterList?.ToString())
                    .Append(method.ParameterList.ToString()).Append(' ').Append(constraints)
                    .Append(" => ").Append(type.Identifier.Text).Append('.').Append(method.Identifier.Text).Append(typeArguments).Append('(').Append(arguments).Append(");");
            }
        }

        return inPlace.Count == 0 ? null : (inPlace, appended.Append('\n').ToString());
    }
}
