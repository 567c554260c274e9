using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// Every name the script runtime's assembly declares (namespaces, types, members, parameters, type parameters; an
/// attribute also without its suffix): a simple name spelled otherwise cannot bind to anything of the runtime unless it
/// is <c>var</c> or an alias, so the reserved-name check (<see cref="ScriptShapeAnalyzer"/>) asks the semantic model
/// about it only when it is one of these (round 6: asking about every name was about 6% of a script's compile).
/// </summary>
internal sealed class RuntimeNames
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> Declared = new();
    private static readonly ConditionalWeakTable<SyntaxTree, object> TreesWithAliases = new();
    private static readonly object Yes = new();
    private static readonly object No = new();

    // One set per runtime assembly referenced (normally one), shared by every compilation that references it.
    private readonly HashSet<string>[] declared;

    private RuntimeNames(HashSet<string>[] declared) => this.declared = declared;

    /// <summary>
    /// The runtime's names in <paramref name="compilation"/>; null when every name must be asked about (the compilation
    /// is the runtime itself, or a global alias in one of its trees may name the runtime in any tree).
    /// </summary>
    public static RuntimeNames? For(Compilation compilation, string runtimeAssembly)
    {
        if (compilation.Assembly.Name == runtimeAssembly
            || compilation.SyntaxTrees.Any(t => t.GetRoot() is CompilationUnitSyntax unit && unit.Usings.Any(u => u.Alias is not null && u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))))
        {
            return null;
        }

        return new RuntimeNames(compilation.SourceModule.ReferencedAssemblySymbols
            .Where(a => a.Name == runtimeAssembly)
            .Select(a => Declared.GetValue(a, static assembly => Collect(assembly.GlobalNamespace)))
            .ToArray());
    }

    /// <summary>Whether <paramref name="name"/> could bind to a symbol of the runtime.</summary>
    public bool MayBind(SimpleNameSyntax name, CancellationToken cancellationToken)
    {
        string text = name.Identifier.ValueText;
        foreach (HashSet<string> names in declared)
        {
            if (names.Contains(text))
            {
                return true;
            }
        }

        return text == "var" || HasAliases(name.SyntaxTree, cancellationToken);
    }

    private static bool HasAliases(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (TreesWithAliases.TryGetValue(tree, out object? known))
        {
            return known == Yes;
        }

        // A using directive begins with the keyword itself (an escaped or verbatim spelling is an identifier): a text
        // without "using" has none, and its nodes need no walk.
        bool aliases = tree.GetText(cancellationToken).ToString().Contains("using")
            && tree.GetRoot(cancellationToken).DescendantNodes().OfType<UsingDirectiveSyntax>().Any(u => u.Alias is not null);
        return TreesWithAliases.GetValue(tree, _ => aliases ? Yes : No) == Yes;
    }

    private static HashSet<string> Collect(INamespaceSymbol global)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(global);
        while (pending.Count > 0)
        {
            INamespaceOrTypeSymbol container = pending.Pop();
            foreach (ISymbol member in container.GetMembers())
            {
                Add(names, member);
                switch (member)
                {
                    case INamespaceOrTypeSymbol nested:
                        pending.Push(nested);
                        break;
                    case IMethodSymbol method:
                        AddAll(names, method.Parameters);
                        AddAll(names, method.TypeParameters);
                        break;
                    case IPropertySymbol property:
                        AddAll(names, property.Parameters);
                        break;
                }

                if (member is INamedTypeSymbol type)
                {
                    AddAll(names, type.TypeParameters);
                    if (type.Name.EndsWith("Attribute", StringComparison.Ordinal))
                    {
                        names.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length));
                    }
                }
            }
        }

        return names;
    }

    private static void AddAll<T>(HashSet<string> names, IEnumerable<T> symbols)
        where T : ISymbol
    {
        foreach (T symbol in symbols)
        {
            Add(names, symbol);
        }
    }

    private static void Add(HashSet<string> names, ISymbol symbol)
    {
        names.Add(symbol.Name);
        if (symbol.MetadataName != symbol.Name)
        {
            names.Add(symbol.MetadataName);
        }
    }
}
