using System.Text;
using ChainOfCode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Every verdict of the gate, with every diagnostic (ID, severity, line, column, message) and the error summary, on
/// the corpus scripts and deterministic mutants of them: two builds' dumps are diffed to show a change kept them all.
/// </summary>
public static class VerdictDump
{
    public static void Run(string corpus, int mutantsPerScript)
    {
        foreach ((string name, string code) in Scripts(corpus, mutantsPerScript))
        {
            Dump(name, code);
        }
    }

    /// <summary>The dump's scripts in its order: each corpus script, its mutants, then attacks spliced into benign programs.</summary>
    public static IEnumerable<(string Name, string Code)> Scripts(string corpus, int mutantsPerScript)
    {
        string[] files = Directory.GetFiles(corpus, "*.csx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        string[] hostile = files.Where(f => f.Contains("hostile", StringComparison.Ordinal)).ToArray();
        string[] benign = files.Where(f => !f.Contains("hostile", StringComparison.Ordinal)).ToArray();
        var random = new Random(13);
        foreach (string file in files)
        {
            string code = File.ReadAllText(file);
            string name = Path.GetRelativePath(corpus, file);
            yield return (name, code);
            for (int m = 0; m < mutantsPerScript; m++)
            {
                string mutant = Mutate(code, random, hostile.Length > 0 ? File.ReadAllText(hostile[random.Next(hostile.Length)]) : code);
                yield return ($"{name}#{m}", mutant);
            }
        }

        // Attacks spliced into benign programs.
        for (int i = 0; i < benign.Length; i++)
        {
            string host = File.ReadAllText(benign[i]);
            string attack = File.ReadAllText(hostile[random.Next(hostile.Length)]);
            yield return ($"splice#{i}", Wrap(attack, random.Next(4)) + "\n" + host);
        }
    }

    private static void Dump(string name, string code)
    {
        GateResult result = ScriptGate.Check(code);
        var line = new StringBuilder();
        line.Append(name).Append(" | ").Append(result.Verdict).Append(" | ").Append(result.Error);
        foreach (ScriptDiagnostic d in result.Diagnostics)
        {
            line.Append(" | ").Append(d.Id).Append(' ').Append(d.Severity).Append(' ').Append(d.Line).Append(':').Append(d.Column).Append(' ').Append(d.Message);
        }

        Console.WriteLine(line.ToString().Replace('\n', ' '));
    }

    private static string Mutate(string code, Random random, string attack)
    {
        var tokens = CSharpSyntaxTree.ParseText(code).GetRoot().DescendantTokens().ToList();
        switch (random.Next(4))
        {
            case 0 when tokens.Count > 1:
            {
                int at = random.Next(tokens.Count);
                int count = 1 + random.Next(Math.Min(4, tokens.Count - at));
                var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(tokens[at].SpanStart, tokens[at + count - 1].Span.End);
                return code.Remove(span.Start, span.Length);
            }
            case 1 when tokens.Count > 1:
            {
                int at = random.Next(tokens.Count);
                int count = 1 + random.Next(Math.Min(8, tokens.Count - at));
                var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(tokens[at].SpanStart, tokens[at + count - 1].Span.End);
                return code.Insert(span.End, " " + code.Substring(span.Start, span.Length));
            }
            case 2:
                return Wrap(code, random.Next(4));
            default:
                return Wrap(attack, random.Next(4)) + "\n" + code;
        }
    }

    private static string Wrap(string body, int kind) => kind switch
    {
        0 => "{\n" + body + "\n}",
        1 => "Func<object?> fuzzLambda = () =>\n{\n" + body + "\nreturn null;\n};\n_ = fuzzLambda();",
        2 => "object? FuzzLocal()\n{\n" + body + "\nreturn null;\n}\n_ = FuzzLocal();",
        _ => "for (var fuzzLoop = 0; fuzzLoop < 2; fuzzLoop++)\n{\n" + body + "\n}",
    };
}
