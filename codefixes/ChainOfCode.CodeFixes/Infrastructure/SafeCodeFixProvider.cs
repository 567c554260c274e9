using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ChainOfCode.CodeFixes.Infrastructure;

/// <summary>
/// The shape every fix shares: a fix decides on the original document whether it applies (a
/// <see cref="FixPlan"/>), the plan is checked on a speculative semantic model of the changed document
/// (no new compiler error; no analyzer runs on the light-bulb path), and Fix All applies the plans of one
/// equivalence key in a single pass.
/// </summary>
public abstract class SafeCodeFixProvider : CodeFixProvider
{
    private static readonly ImmutableArray<FixAllScope> Scopes = ImmutableArray.Create(
        FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync, Scopes);

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Document document = context.Document;
        CancellationToken cancellationToken = context.CancellationToken;
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            foreach (FixPlan plan in Plan(new FixContext(document, root, model, diagnostic, cancellationToken)))
            {
                if (FixCheck.IsSafe(root, model, plan.HostSuppliesNames, r => ApplyPlans(r, new[] { plan }), cancellationToken))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            plan.Title,
                            _ => Task.FromResult(document.WithSyntaxRoot(ApplyPlans(root, new[] { plan }))),
                            plan.EquivalenceKey),
                        diagnostic);
                }
            }
        }
    }

    /// <summary>The fixes that apply to one diagnostic (none when the fix would change meaning).</summary>
    internal abstract IEnumerable<FixPlan> Plan(FixContext context);

    /// <summary>Applies plans whose targets may nest: innermost and last first, each on the current tree.</summary>
    internal virtual SyntaxNode ApplyPlans(SyntaxNode root, IReadOnlyList<FixPlan> plans)
    {
        var annotations = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        foreach (FixPlan plan in plans)
        {
            if (!annotations.ContainsKey(plan.Target))
            {
                annotations.Add(plan.Target, new SyntaxAnnotation("ChainOfCode.FixTarget"));
            }
        }

        SyntaxNode current = root.ReplaceNodes(annotations.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(annotations[original]));
        foreach (FixPlan plan in plans.OrderByDescending(p => p.Target.SpanStart).ThenBy(p => p.Target.Span.Length))
        {
            SyntaxNode? target = current.GetAnnotatedNodes(annotations[plan.Target]).FirstOrDefault();
            if (target is not null)
            {
                current = plan.Apply(current, target);
            }
        }

        return current;
    }

    private bool IsSafe(SyntaxNode root, SemanticModel model, IReadOnlyList<FixPlan> plans, CancellationToken cancellationToken) =>
        plans.Count == 0 || FixCheck.IsSafe(root, model, plans.Any(p => p.HostSuppliesNames), r => ApplyPlans(r, plans), cancellationToken);

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        CancellationToken cancellationToken = context.CancellationToken;
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var candidates = new List<FixPlan>();
        var targets = new HashSet<SyntaxNode>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            foreach (FixPlan plan in Plan(new FixContext(document, root, model, diagnostic, cancellationToken)))
            {
                if (plan.EquivalenceKey == context.CodeActionEquivalenceKey && targets.Add(plan.Target))
                {
                    candidates.Add(plan);
                }
            }
        }

        // Fixes can depend on each other (one `return code;` needs the others to compile), so the
        // whole set is checked first; only if it fails is each plan checked on its own.
        List<FixPlan> plans = candidates;
        if (!IsSafe(root, model, plans, cancellationToken))
        {
            plans = new List<FixPlan>();
            foreach (FixPlan plan in candidates)
            {
                if (IsSafe(root, model, new[] { plan }, cancellationToken))
                {
                    plans.Add(plan);
                }
            }

            if (plans.Count > 1 && !IsSafe(root, model, plans, cancellationToken))
            {
                plans.RemoveRange(1, plans.Count - 1);
            }
        }

        return plans.Count == 0 ? document : document.WithSyntaxRoot(ApplyPlans(root, plans));
    }
}
