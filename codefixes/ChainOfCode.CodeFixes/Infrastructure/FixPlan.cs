using System;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.CodeFixes.Infrastructure;

/// <summary>
/// One fix for one diagnostic, decided on the original document. <see cref="Apply"/> is purely
/// syntactic and works on the current version of <see cref="Target"/>, so that Fix All can apply
/// many plans in one pass even when their targets nest.
/// </summary>
internal sealed class FixPlan
{
    public FixPlan(string title, string equivalenceKey, SyntaxNode target, Func<SyntaxNode, SyntaxNode, SyntaxNode> apply)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Target = target;
        Apply = apply;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    /// <summary>The node the fix rewrites (in the original tree).</summary>
    public SyntaxNode Target { get; }

    /// <summary>(root, current target) -> new root.</summary>
    public Func<SyntaxNode, SyntaxNode, SyntaxNode> Apply { get; }

    /// <summary>
    /// Names the fix introduces that the host supplies at run time (the script globals), so the
    /// speculative compilation may not resolve them.
    /// </summary>
    public bool HostSuppliesNames { get; set; }

    /// <summary>A plan that replaces the target with a node computed from its current version.</summary>
    public static FixPlan Replace(string title, string equivalenceKey, SyntaxNode target, Func<SyntaxNode, SyntaxNode> replacement) =>
        new(title, equivalenceKey, target, (root, current) => root.ReplaceNode(current, replacement(current)));
}
