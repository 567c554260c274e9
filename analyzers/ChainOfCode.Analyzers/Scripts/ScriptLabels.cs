using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// A top-level label on a declaration (<c>Done:</c> before <c>static string F() { ... }</c> or before
/// <c>int n = 0;</c>, as models write a label at the end of a nested loop and a helper after it): a script parses it
/// as a labeled local function or local, which Roslyn's script binder does not expect. A local function there made
/// the compiler throw (<c>NullReferenceException</c> in <c>BindLocalFunctionStatement</c>: the run ended
/// <c>crashed</c>), a local was in scope nowhere (CS0103 at its first use). The gate puts an empty statement after the
/// label (<c>Done:;</c>, the line keeps its number): the label marks the same point, and the declaration is a member
/// of the script as it would be without the label (a method, or a field), which a declaration does not run anyway.
/// </summary>
internal static class ScriptLabels
{
    /// <summary>The insertions, one after each such label, or null when the script has none.</summary>
    /// <remarks>Only the script's own members count (<paramref name="scriptLength"/>): declarations the gate appends follow it.</remarks>
    public static List<TextChange>? EmptyStatements(SyntaxTree tree, int scriptLength)
    {
        List<TextChange> changes = [.. ((CompilationUnitSyntax)tree.GetRoot()).Members
            .Where(m => m.SpanStart < scriptLength)
            .OfType<GlobalStatementSyntax>()
            .Select(m => InnermostLabel(m.Statement))
            .Where(l => l is { Statement: LocalFunctionStatementSyntax or LocalDeclarationStatementSyntax })
            .Select(l => new TextChange(new TextSpan(l!.ColonToken.Span.End, 0), ";"))];
        return changes.Count == 0 ? null : changes;
    }

    private static LabeledStatementSyntax? InnermostLabel(StatementSyntax statement)
    {
        LabeledStatementSyntax? label = null;
        while (statement is LabeledStatementSyntax labeled)
        {
            label = labeled;
            statement = labeled.Statement;
        }

        return label;
    }
}
