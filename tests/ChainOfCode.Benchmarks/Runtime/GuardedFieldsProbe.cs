using ChainOfCode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 1, round 9: the guarded tree writes out the types of top-level <c>var</c> variables. For every script the gate
/// accepts, the guarded compilation must compile and give each of the script's fields the very type it has in the gate's
/// compilation (the symbol, tuple element names included, and its name).
/// </summary>
public static class GuardedFieldsProbe
{
    public static void Run(string corpus, int mutantsPerScript, IEnumerable<string> extra)
    {
        int accepted = 0, fields = 0, vars = 0, written = 0, differ = 0, failed = 0;
        foreach ((string name, string code) in VerdictDump.Scripts(corpus, mutantsPerScript).Concat(extra.Select((c, i) => ($"extra#{i}", c))))
        {
            GateResult verdict = ScriptGate.Check(code);
            if (!verdict.IsAccepted)
            {
                if (name.StartsWith("extra#", StringComparison.Ordinal))
                {
                    Console.WriteLine($"REFUSED {name}: {verdict.Error}");
                }

                continue;
            }

            accepted++;
            CSharpCompilation guarded = GuardRewriter.Apply(verdict.Compilation!, verdict.Tree!, CancellationToken.None, null, verdict.Model);
            if (guarded.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            {
                failed++;
                Console.WriteLine($"FAILED {name}: {error}");
                continue;
            }

            int before = VarFields(verdict.Tree!), left = VarFields(guarded.SyntaxTrees[0]);
            vars += before;
            written += before - left;
            var after = guarded.ScriptClass!.GetMembers().OfType<IFieldSymbol>().ToDictionary(f => f.Name);
            foreach (IFieldSymbol field in verdict.Compilation!.ScriptClass!.GetMembers().OfType<IFieldSymbol>())
            {
                fields++;
                if (!after.TryGetValue(field.Name, out IFieldSymbol? other)
                    || !(SymbolEqualityComparer.Default.Equals(field.Type, other.Type) || OfScript(field.Type, verdict.Compilation))
                    || field.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) != other.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                {
                    differ++;
                    Console.WriteLine($"DIFFERS {name}: {field.Name}: {field.Type} -> {other?.Type}");
                }
            }
        }

        static int VarFields(SyntaxTree tree) => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax>()
            .Count(f => f.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax && f.Declaration.Type.IsVar);

        // A type of the script's own is a symbol of each compilation: the same by its name only.
        static bool OfScript(ITypeSymbol type, Compilation compilation) => type switch
        {
            IArrayTypeSymbol array => OfScript(array.ElementType, compilation),
            INamedTypeSymbol named => SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, compilation.Assembly) || named.TypeArguments.Any(t => OfScript(t, compilation)),
            _ => false,
        };

        Console.WriteLine($"{accepted} accepted scripts, {fields} script fields, {vars} of them declared with var ({written} with their type written in the guarded tree); types differing: {differ}; guarded compile failed: {failed}");
    }
}
