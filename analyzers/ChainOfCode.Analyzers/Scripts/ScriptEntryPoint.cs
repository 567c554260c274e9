using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// A script written as a program: no top-level statement, one type with a <c>static Main</c>
/// (<c>class Program { static void Main(string[] args) { ... } }</c>, as models often write). A script runs its
/// top-level statements, so nothing would call Main and the run would succeed with no output; the gate calls it
/// instead, by two edits to the text: Main made <c>internal</c> when it has no accessibility or is private (the
/// script's top level cannot call a private member of its type), and one statement at the end of the script,
/// <c>[return] [await] Program.Main([new string[0]]);</c>. Every line keeps its number (Main's own line its columns
/// after "internal "); the edited text is the script the caps, the analyzers and the twin see. Anything else (top-level statements, two Mains, a generic or nested type, a Main
/// of another shape) is left as written.
/// </summary>
internal static class ScriptEntryPoint
{
    /// <summary>The edit that makes Main callable (or none) and the statement to append, or null when the script is not written as a program.</summary>
    public static (TextChange? InPlace, string Appended)? MainCall(SyntaxTree tree)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        if (root.Members.Any(m => m is GlobalStatementSyntax))
        {
            return null;
        }

        var mains = root.Members.OfType<TypeDeclarationSyntax>()
            .Where(t => t.TypeParameterList is null)
            .SelectMany(t => t.Members.OfType<MethodDeclarationSyntax>().Select(m => (Type: t, Main: m)))
            .Where(p => p.Main.Identifier.ValueText == "Main" && p.Main.TypeParameterList is null && p.Main.Modifiers.Any(SyntaxKind.StaticKeyword))
            .ToList();
        if (mains.Count != 1)
        {
            return null;
        }

        (TypeDeclarationSyntax type, MethodDeclarationSyntax main) = mains[0];
        SeparatedSyntaxList<ParameterSyntax> parameters = main.ParameterList.Parameters;
        string returnType = main.ReturnType.ToString().Replace(" ", string.Empty);
        bool awaits = returnType is "Task" or "Task<int>" or "ValueTask" or "ValueTask<int>";
        bool returns = returnType is "int" or "Task<int>" or "ValueTask<int>";
        if (!(returnType is "void" || returns || awaits) || parameters.Count > 1
            || (parameters.Count == 1 && (parameters[0].Type?.ToString().Replace(" ", string.Empty) != "string[]" || parameters[0].Modifiers.Count > 0)))
        {
            return null;
        }

        string call = $"{(returns ? "return " : string.Empty)}{(awaits ? "await " : string.Empty)}{type.Identifier.Text}.Main({(parameters.Count == 1 ? "new string[0]" : string.Empty)});";
        SyntaxToken privateToken = main.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.PrivateKeyword));
        bool hasAccessibility = main.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword) || m.IsKind(SyntaxKind.PrivateKeyword));
        TextChange? accessible = privateToken.IsKind(SyntaxKind.PrivateKeyword) ? new TextChange(privateToken.Span, "internal")
            : hasAccessibility ? null
            : new TextChange(new TextSpan(main.Modifiers[0].SpanStart, 0), "internal ");
        return (accessible, "\n" + call + "\n");
    }
}
