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
/// Every file is checked on a compiler thread under its own deadline: a file the compiler cannot finish
/// in time (exponential overload resolution, generic expansion) gets a <see cref="UncheckedId"/> error and the
/// other files are still checked.
/// </summary>
internal static class Checker
{
    /// <summary>A file whose check did not finish within its deadline (it fails the check: nothing was verified).</summary>
    public const string UncheckedId = RuleIds.FileNotChecked;

    /// <summary>The default deadline of one file's check.</summary>
    public static readonly TimeSpan DefaultFileTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The bound of the compiler's one-time warm-up on fixed benign input (only a very busy machine gets near it).</summary>
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromMinutes(2);

    public static IReadOnlyList<string> CollectFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(SourceFiles(path)
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

    /// <summary>
    /// The files under <paramref name="directory"/>, without descending into a symbolic link to a directory: a link
    /// to an ancestor (<c>up -> ..</c>) made the search go round until the path was too long, every script in the loop
    /// checked dozens of times. A symbolic link to a file is listed (and checked as the file it names).
    /// </summary>
    private static IEnumerable<string> SourceFiles(string directory) =>
        new System.IO.Enumeration.FileSystemEnumerable<string>(
            directory,
            (ref System.IO.Enumeration.FileSystemEntry entry) => entry.ToSpecifiedFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        }.Where(IsSource);

    /// <summary>
    /// Checks <paramref name="files"/>. A problem of a line of the policy (<paramref name="policyPath"/>) that the gate
    /// reports with a script's verdict is located at the policy file's line, once, not at every script.
    /// </summary>
    public static IReadOnlyList<CheckDiagnostic> Check(IReadOnlyList<string> files, Policy policy, PolicyMode? explicitMode, bool policyNamesMode, TimeSpan fileTimeout, CancellationToken cancellationToken = default, string? policyPath = null)
    {
        var diagnostics = new List<CheckDiagnostic>();
        GateOptions scriptOptions = GateOptions.ForScripts(explicitMode is { } named ? policy.WithMode(named) : policy, modeNamed: explicitMode is not null || policyNamesMode);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            (string? text, CheckDiagnostic? unread) = Read(file, IsScript(file) ? scriptOptions.MaxSourceLength : PolicyLoader.MaxFileChars, fileTimeout, cancellationToken);
            if (text is null)
            {
                diagnostics.Add(unread!);
            }
            else
            {
                sources[file] = text;
            }
        }

        var regular = files.Where(f => !IsScript(f) && sources.ContainsKey(f)).ToList();
        if (regular.Count > 0)
        {
            Policy forCode = explicitMode is { } mode ? policy.WithMode(mode) : policyNamesMode ? policy : policy.WithMode(PolicyMode.Denylist);
            diagnostics.AddRange(CheckRegular(regular, sources, forCode, fileTimeout, cancellationToken));
        }

        if (files.Any(f => IsScript(f) && sources.ContainsKey(f)))
        {
            // The compiler's one-time warm-up (a fixed benign script) is not the first script's to pay within its deadline.
            CompilerThread.Run(_ => { ScriptRunner.WarmUp(); return true; }, WarmUpLimit, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
        }

        foreach (string script in files.Where(f => IsScript(f) && sources.ContainsKey(f)))
        {
            string text = sources[script];
            CompilerOutcome<GateResult> gate = CompilerThread.Run(token => ScriptGate.Check(text, scriptOptions, token), fileTimeout, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();

            // A script's references are exactly the runtime's, so its compiler errors are real: report them too.
            diagnostics.AddRange(gate.Status == CompilerOutcomeStatus.Completed
                ? gate.Value!.Diagnostics.Select(d => policyPath is not null && ScriptGate.TryGetPolicyLine(d, out int line, out string message)
                    ? new CheckDiagnostic(policyPath, d.Id, d.Severity, message, line, 1)
                    : new CheckDiagnostic(script, d.Id, d.Severity, d.Message, d.Line, d.Column))
                : [Unchecked(script, gate, fileTimeout)]);
        }

        var order = files.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        if (policyPath is not null)
        {
            order.TryAdd(policyPath, -1);
        }

        return diagnostics
            .Distinct()
            .OrderBy(d => order.TryGetValue(d.File, out int i) ? i : int.MaxValue)
            .ThenBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Reads a file to check on a thread of its own under the file's deadline, and never past <paramref name="maxChars"/>:
    /// a path to a pipe no one writes blocks its reader, and one to a device (<c>/dev/zero</c>) never ends, so either
    /// would hold up or crash the whole check. A script over the cap gets the size cap's error, as the gate would give
    /// it; any other file the check's error for a file it could not check.
    /// </summary>
    private static (string? Text, CheckDiagnostic? Unread) Read(string file, int maxChars, TimeSpan fileTimeout, CancellationToken cancellationToken)
    {
        CompilerOutcome<string?> read = CompilerThread.Run(_ => PolicyLoader.ReadText(file, "file", maxChars), fileTimeout, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (read.Status == CompilerOutcomeStatus.Failed && read.Error is NotTextException notText)
        {
            // A file in another encoding or a binary file is one file the check could not verify, not the end of the check.
            return (null, new CheckDiagnostic(file, UncheckedId, "error", $"The file {notText.Reason.TrimEnd('.')}; the file is not checked.", 0, 0));
        }

        if (read.Status == CompilerOutcomeStatus.Failed && read.Error is UsageException unreadable)
        {
            // A file the search found that cannot be read (a dangling symbolic link): not checked, the others still are.
            return (null, new CheckDiagnostic(file, UncheckedId, "error", $"The file cannot be read ({unreadable.Message.TrimEnd('.')}); the file is not checked.", 0, 0));
        }

        return read switch
        {
            { Status: CompilerOutcomeStatus.Completed, Value: { } text } => (text, null),
            { Status: CompilerOutcomeStatus.Completed } when IsScript(file) =>
                (null, new CheckDiagnostic(file, ScriptGate.SizeCapId, "error", $"The script has more than {maxChars} characters; the limit is {maxChars}.", 0, 0)),
            { Status: CompilerOutcomeStatus.Completed } =>
                (null, new CheckDiagnostic(file, UncheckedId, "error", $"The file has more than {maxChars} characters; the file is not checked.", 0, 0)),
            _ => (null, Unchecked(file, read, fileTimeout)),
        };
    }

    private static List<CheckDiagnostic> CheckRegular(List<string> files, Dictionary<string, string> sources, Policy policy, TimeSpan fileTimeout, CancellationToken cancellationToken)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);
        var diagnostics = new List<CheckDiagnostic>();

        // The compiler's one-time warm-up (the framework's metadata, the binder, the analyzer driver) on a fixed
        // benign file, so that the first file's deadline measures that file.
        const string WarmCode = "static class Warm { static int M() => \"a\".Length; }";
        CompilerThread.Run(
            token => Analysis(FrameworkCompilation.Create([CSharpSyntaxTree.ParseText(WarmCode, parseOptions, cancellationToken: token)]), policy).Analyze(token),
            WarmUpLimit,
            cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        var trees = new List<SyntaxTree>();
        foreach (string file in files)
        {
            // The parser recurses on nested brackets: on the compiler thread, like the analysis.
            string text = sources[file];
            CompilerOutcome<SyntaxTree> parsed = CompilerThread.Run(token => CSharpSyntaxTree.ParseText(SourceText.From(text), parseOptions, file, token), fileTimeout, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (parsed.Status == CompilerOutcomeStatus.Completed)
            {
                trees.Add(parsed.Value!);
            }
            else
            {
                diagnostics.Add(Unchecked(file, parsed, fileTimeout));
            }
        }

        CSharpCompilation compilation = FrameworkCompilation.Create([.. trees]);
        AnalyzerHost analysis = Analysis(compilation, policy);
        foreach (SyntaxTree tree in trees)
        {
            // One file at a time under its own deadline: the compiler binds a file's bodies when its semantic
            // diagnostics are asked for, so a file it cannot finish holds up no other file.
            AnalyzerHost current = analysis;
            CompilerOutcome<ImmutableArray<Diagnostic>> found = CompilerThread.Run(token => current.Analyze(tree, token), fileTimeout, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (found.Status != CompilerOutcomeStatus.Completed)
            {
                diagnostics.Add(Unchecked(tree.FilePath, found, fileTimeout));

                // The abandoned analysis may still hold the driver's state: the next file gets a fresh one.
                analysis = Analysis(compilation, policy);
                continue;
            }

            diagnostics.AddRange(found.Value.Select(d => Convert(d, tree.FilePath)));
        }

        return diagnostics;
    }

    // #pragma and SuppressMessage in a project's own files are respected, as in its build.
    private static AnalyzerHost Analysis(CSharpCompilation compilation, Policy policy) =>
        new(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new CapabilityAnalyzer(policy)), includeSuppressed: false);

    private static CheckDiagnostic Convert(Diagnostic diagnostic, string file)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        int line = diagnostic.Location.IsInSource ? span.StartLinePosition.Line + 1 : 0;
        int column = diagnostic.Location.IsInSource ? span.StartLinePosition.Character + 1 : 0;

        // The host kept this package's findings and raised an analyzer failure (AD0001) to an error.
        string severity = PolicyLoader.SeverityName(diagnostic.Severity);
        return new CheckDiagnostic(diagnostic.Location.IsInSource ? diagnostic.Location.SourceTree!.FilePath : file, diagnostic.Id, severity, CocApp.OneLine(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), line, column);
    }

    /// <summary>The error of a file the compiler could not check: past its deadline, or the compiler gave up on it.</summary>
    private static CheckDiagnostic Unchecked<T>(string file, CompilerOutcome<T> outcome, TimeSpan fileTimeout)
    {
        string why = outcome.Status switch
        {
            CompilerOutcomeStatus.TimedOut => $"The check of this file did not finish within {fileTimeout.TotalSeconds:0.###}s (see --file-timeout); the file is not checked.",
            _ when outcome.Error is InsufficientExecutionStackException => "The file nests too deep for the compiler; the file is not checked.",
            _ => "The compiler failed on this file (" + outcome.Error?.GetType().Name + "); the file is not checked.",
        };
        return new CheckDiagnostic(file, UncheckedId, "error", why, 0, 0);
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
