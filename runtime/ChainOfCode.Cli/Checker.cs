using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ChainOfCode.Analyzers;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Cli;

/// <summary>
/// What <c>coc check</c> does: <c>.cs</c> files form one regular compilation against the framework,
/// each <c>.csx</c> file goes through the runtime's gate (the script compilation with its curated
/// references and globals). For .cs files only the rules' findings count, not compiler errors (the
/// check does not know the project's references); a script's compiler errors are real and reported.
/// </summary>
internal static class Checker
{
    public static IReadOnlyList<string> CollectFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsSource)
                    .Where(f => !IsBuildOutput(Path.GetRelativePath(path, f)))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                if (!IsSource(path))
                {
                    throw new UsageException($"'{path}' is not a .cs or .csx file.");
                }

                files.Add(path);
            }
            else
            {
                throw new UsageException($"'{path}' does not exist.");
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<CheckDiagnostic> Check(IReadOnlyList<string> files, Policy policy, PolicyMode? explicitMode, bool policyNamesMode, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<CheckDiagnostic>();
        var sources = files.ToDictionary(f => f, f => PolicyLoader.ReadText(f, "file"), StringComparer.Ordinal);

        var regular = files.Where(f => !IsScript(f)).ToList();
        if (regular.Count > 0)
        {
            Policy forCode = explicitMode is { } mode ? policy.WithMode(mode) : policyNamesMode ? policy : policy.WithMode(PolicyMode.Denylist);
            diagnostics.AddRange(CheckRegular(regular, sources, forCode, cancellationToken));
        }

        foreach (string script in files.Where(IsScript))
        {
            GateOptions forScripts = GateOptions.ForScripts(explicitMode is { } mode ? policy.WithMode(mode) : policy, modeNamed: explicitMode is not null || policyNamesMode);
            GateResult gate = ScriptGate.Check(sources[script], forScripts, cancellationToken);
            // A script's references are exactly the runtime's, so its compiler errors are real: report them too.
            diagnostics.AddRange(gate.Diagnostics
                .Select(d => new CheckDiagnostic(script, d.Id, d.Severity, d.Message, d.Line, d.Column)));
        }

        var order = files.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        return diagnostics
            .OrderBy(d => order.TryGetValue(d.File, out int i) ? i : int.MaxValue)
            .ThenBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<CheckDiagnostic> CheckRegular(List<string> files, Dictionary<string, string> sources, Policy policy, CancellationToken cancellationToken)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);
        var trees = files
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(sources[f]), parseOptions, f, cancellationToken))
            .ToImmutableArray();
        CSharpCompilation compilation = FrameworkCompilation.Create(trees);
        var withAnalyzers = new CompilationWithAnalyzers(
            compilation,
            ImmutableArray.Create<DiagnosticAnalyzer>(new CapabilityAnalyzer(policy)),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));

        foreach (Diagnostic diagnostic in withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult())
        {
            bool failed = diagnostic.Id == "AD0001";
            if (!failed && !diagnostic.Id.StartsWith("COC", StringComparison.Ordinal))
            {
                continue;
            }

            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            string file = diagnostic.Location.IsInSource ? diagnostic.Location.SourceTree!.FilePath : files[0];
            int line = diagnostic.Location.IsInSource ? span.StartLinePosition.Line + 1 : 0;
            int column = diagnostic.Location.IsInSource ? span.StartLinePosition.Character + 1 : 0;

            // An analyzer that fails must not pass the check silently: report it as an error.
            string severity = failed ? "error" : PolicyLoader.SeverityName(diagnostic.Severity);
            yield return new CheckDiagnostic(file, diagnostic.Id, severity, CocApp.OneLine(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), line, column);
        }
    }

    private static bool IsScript(string path) => path.EndsWith(".csx", StringComparison.OrdinalIgnoreCase);

    private static bool IsSource(string path) => IsScript(path) || path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

    private static bool IsBuildOutput(string relative)
    {
        foreach (string part in relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part is "bin" or "obj" || (part.StartsWith('.') && part.Length > 1 && part != ".."))
            {
                return true;
            }
        }

        return false;
    }
}
