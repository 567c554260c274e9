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

/// <summary>COC0010: removes a <c>#r</c> or <c>#load</c> directive; the host decides a script's references.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveScriptDirectiveFix)), Shared]
public sealed class RemoveScriptDirectiveFix : SafeCodeFixProvider
{
    internal const string Key = "COC0010.RemoveDirective";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ScriptDirective);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        SyntaxTrivia trivia = context.Root.FindTrivia(context.Diagnostic.Location.SourceSpan.Start);
        if (trivia.GetStructure() is ReferenceDirectiveTriviaSyntax or LoadDirectiveTriviaSyntax)
        {
            string kind = trivia.IsKind(SyntaxKind.LoadDirectiveTrivia) ? "#load" : "#r";
            yield return new FixPlan($"Remove the {kind} directive", Key, trivia.GetStructure()!, (root, _) => root);
        }
    }

    /// <summary>Directives live in trivia: remove them last to first, so earlier positions stay valid.</summary>
    internal override SyntaxNode ApplyPlans(SyntaxNode root, IReadOnlyList<FixPlan> plans)
    {
        foreach (int position in plans.Select(p => p.Target.SpanStart).Distinct().OrderByDescending(p => p))
        {
            SyntaxTrivia trivia = root.FindTrivia(position);
            SyntaxToken token = trivia.Token;
            SyntaxTriviaList list = token.LeadingTrivia.Contains(trivia) ? token.LeadingTrivia : token.TrailingTrivia;
            int index = list.IndexOf(trivia);

            // Whitespace before the directive on its line goes with it (the directive owns its line break).
            int start = index;
            while (start > 0 && list[start - 1].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                start--;
            }

            var kept = new List<SyntaxTrivia>();
            for (int i = 0; i < list.Count; i++)
            {
                if (i < start || i > index)
                {
                    kept.Add(list[i]);
                }
            }

            SyntaxToken newToken = list == token.LeadingTrivia
                ? token.WithLeadingTrivia(kept)
                : token.WithTrailingTrivia(kept);
            root = root.ReplaceToken(token, newToken);
        }

        return root;
    }
}
