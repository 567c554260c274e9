using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// What <see cref="ScriptAnalyzerDriver"/> raises actions on, for one tree: every node in document order, the
/// symbols declared in the tree (types, members, accessors, fields, enum members, a script's variables), and the
/// operation blocks (member bodies, initializers, parameter defaults, attributes; a regular tree's top-level
/// statements). A script's global statements are no operation block: Roslyn's driver raises none on them either.
/// </summary>
internal sealed class ScriptDeclarations
{
    private ScriptDeclarations(List<SyntaxNode> nodes, List<ISymbol> symbols, List<(IOperation Root, ISymbol Owner)> operationBlocks)
    {
        Nodes = nodes;
        Symbols = symbols;
        OperationBlocks = operationBlocks;
    }

    public List<SyntaxNode> Nodes { get; }

    public List<ISymbol> Symbols { get; }

    public List<(IOperation Root, ISymbol Owner)> OperationBlocks { get; }

    public static ScriptDeclarations Collect(SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode root = model.SyntaxTree.GetRoot(cancellationToken);
        var nodes = new List<SyntaxNode>();
        var symbols = new List<ISymbol>();
        var blocks = new List<(IOperation, ISymbol)>();
        bool script = model.SyntaxTree.Options.Kind == SourceCodeKind.Script;
        if (!script && root is CompilationUnitSyntax unit && HasGlobalStatements(unit))
        {
            // The top-level statements of a regular program: one block, the synthesized entry point's body.
            AddBlock(model, unit, blocks, cancellationToken);
        }

        // Declarations and blocks: not inside bodies, initializers or attributes (an operation block covers those),
        // nor inside a script's global statements (only a script variable is a declared symbol there).
        foreach (SyntaxNode node in root.DescendantNodes(static n => n is not (GlobalStatementSyntax or BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax or ConstructorInitializerSyntax or AttributeSyntax)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } when script:
                    foreach (VariableDeclaratorSyntax variable in local.Declaration.Variables)
                    {
                        AddSymbol(model, variable, symbols, cancellationToken);
                    }

                    break;
                case TypeDeclarationSyntax { ParameterList: { } parameters } type:
                    AddPrimaryConstructor(model, type, parameters, symbols, cancellationToken);
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BasePropertyDeclarationSyntax or EnumMemberDeclarationSyntax
                    or VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax }:
                    AddSymbol(model, node, symbols, cancellationToken);
                    break;
                case BaseMethodDeclarationSyntax method:
                    AddSymbol(model, node, symbols, cancellationToken);
                    if (method.Body is not null || method.ExpressionBody is not null)
                    {
                        AddBlock(model, node, blocks, cancellationToken);
                    }

                    break;
                case AccessorDeclarationSyntax accessor:
                    AddSymbol(model, node, symbols, cancellationToken);
                    if (accessor.Body is not null || accessor.ExpressionBody is not null)
                    {
                        AddBlock(model, node, blocks, cancellationToken);
                    }

                    break;
                case ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax }:
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } or PropertyDeclarationSyntax or ParameterSyntax or EnumMemberDeclarationSyntax }:
                case AttributeSyntax:
                case PrimaryConstructorBaseTypeSyntax:
                    AddBlock(model, node, blocks, cancellationToken);
                    break;
            }
        }

        // Every node, the bodies' too, in document order (what the syntax node actions see).
        nodes.AddRange(root.DescendantNodesAndSelf());
        return new ScriptDeclarations(nodes, symbols, blocks);
    }

    private static bool HasGlobalStatements(CompilationUnitSyntax unit)
    {
        foreach (MemberDeclarationSyntax member in unit.Members)
        {
            if (member is GlobalStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }

    // A type with a primary constructor: the type, the constructor, and the properties its parameters declare (records).
    private static void AddPrimaryConstructor(SemanticModel model, TypeDeclarationSyntax type, ParameterListSyntax parameters, List<ISymbol> symbols, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(type, cancellationToken) is not INamedTypeSymbol declared)
        {
            return;
        }

        symbols.Add(declared);
        foreach (ISymbol member in declared.GetMembers())
        {
            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                SyntaxNode syntax = reference.GetSyntax(cancellationToken);
                if ((member is IMethodSymbol { MethodKind: MethodKind.Constructor } && syntax == type)
                    || (member is IPropertySymbol && syntax.Parent == parameters))
                {
                    symbols.Add(member);
                    break;
                }
            }
        }
    }

    private static void AddSymbol(SemanticModel model, SyntaxNode node, List<ISymbol> symbols, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(node, cancellationToken) is { } symbol)
        {
            symbols.Add(symbol);
        }
    }

    private static void AddBlock(SemanticModel model, SyntaxNode node, List<(IOperation, ISymbol)> blocks, CancellationToken cancellationToken)
    {
        if (model.GetOperation(node, cancellationToken) is { } operation)
        {
            blocks.Add((operation, model.GetEnclosingSymbol(node.SpanStart, cancellationToken) ?? model.Compilation.Assembly));
        }
    }
}
