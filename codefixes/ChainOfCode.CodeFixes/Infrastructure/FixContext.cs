using System.Threading;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.CodeFixes.Infrastructure;

/// <summary>What a fix sees when it decides: the original document, its tree and semantic model, one diagnostic.</summary>
internal sealed class FixContext
{
    public FixContext(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        Document = document;
        Root = root;
        Model = model;
        Diagnostic = diagnostic;
        CancellationToken = cancellationToken;
    }

    private ChainOfCode.Analyzers.Rules.Policy? policy;

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    public Diagnostic Diagnostic { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The project's policy (the catalog and its policy files), read once per fix context.</summary>
    public ChainOfCode.Analyzers.Rules.Policy Policy => policy ??= ChainOfCode.Analyzers.PolicyFiles.Load(Document.Project.AnalyzerOptions, CancellationToken);

    public bool IsScript => Root.SyntaxTree.Options.Kind == SourceCodeKind.Script;

    /// <summary>The node the diagnostic is reported on (for a token location, the token's parent).</summary>
    public SyntaxNode? DiagnosticNode => Root.FindNode(Diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
}
