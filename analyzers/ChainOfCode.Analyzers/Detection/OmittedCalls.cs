using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>
/// Calls the compiler leaves out: a method marked <c>[Conditional("X")]</c> called where no <c>X</c> is defined
/// (<c>Debug.Assert</c> and <c>Debug.WriteLine</c> without <c>DEBUG</c>, <c>Trace.*</c> without <c>TRACE</c>).
/// Such a call and its arguments are not in the emitted code, so a rule on the method has nothing to refuse;
/// the arguments' own uses are still checked. A symbol counts as defined by the parse options or by an active
/// <c>#define</c> before the call that no active <c>#undef</c> cancels.
/// </summary>
internal static class OmittedCalls
{
    public static bool IsOmitted(IOperation operation, ISymbol member)
    {
        if (operation is not IInvocationOperation || member is not IMethodSymbol method)
        {
            return false;
        }

        bool conditional = false;
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: "ConditionalAttribute", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } }
                || attribute.ConstructorArguments.Length != 1
                || attribute.ConstructorArguments[0].Value is not string symbol)
            {
                continue;
            }

            if (IsDefined(operation.Syntax.SyntaxTree, symbol, operation.Syntax.SpanStart))
            {
                return false;
            }

            conditional = true;
        }

        return conditional;
    }

    private static bool IsDefined(SyntaxTree tree, string symbol, int position)
    {
        bool defined = tree.Options.PreprocessorSymbolNames.Contains(symbol);
        Func<DirectiveTriviaSyntax, bool> symbolDirective = static d => d is DefineDirectiveTriviaSyntax or UndefDirectiveTriviaSyntax;
        for (DirectiveTriviaSyntax? directive = ((CSharpSyntaxNode)tree.GetRoot()).GetFirstDirective(symbolDirective);
             directive is not null && directive.SpanStart < position;
             directive = directive.GetNextDirective(symbolDirective))
        {

            if (!directive.IsActive)
            {
                continue;
            }

            switch (directive)
            {
                case DefineDirectiveTriviaSyntax define when define.Name.ValueText == symbol:
                    defined = true;
                    break;
                case UndefDirectiveTriviaSyntax undef when undef.Name.ValueText == symbol:
                    defined = false;
                    break;
            }
        }

        return defined;
    }
}
