using System.Collections.Immutable;
using ChainOfCode.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ChainOfCode.CodeFixes.Tests;

/// <summary>
/// Runs a code fix the way a project sees it: the capability analyzer, .NET 10 reference assemblies
/// from Basic.Reference.Assemblies (no download at test time), optional .editorconfig. The verifier
/// checks the single fix, Fix All in document, project and solution, that the fixed code compiles
/// and that the fixed state has no diagnostic beyond the ones its markup names.
/// </summary>
public static class Verify<TFix>
    where TFix : CodeFixProvider, new()
{
    /// <summary>Applies the fix (every diagnostic in <paramref name="source"/>) and compares with <paramref name="fixedSource"/>.</summary>
    public static Task Fix(string source, string fixedSource, string? equivalenceKey = null, string? editorConfig = null) =>
        Run(SourceCodeKind.Regular, source, fixedSource, equivalenceKey, editorConfig);

    /// <summary>Same, for a script (.csx, SourceCodeKind.Script).</summary>
    public static Task FixScript(string source, string fixedSource, string? equivalenceKey = null) =>
        Run(SourceCodeKind.Script, source, fixedSource, equivalenceKey, null);

    /// <summary>Same, for a program with top-level statements (an executable).</summary>
    public static Task FixProgram(string source, string fixedSource, string? equivalenceKey = null) =>
        Run(SourceCodeKind.Regular, source, fixedSource, equivalenceKey, null, OutputKind.ConsoleApplication);

    /// <summary>Several documents in one project: Fix All in project and solution must reach all of them.</summary>
    public static async Task FixDocuments(string[] sources, string[] fixedSources, string? equivalenceKey = null)
    {
        var test = new Test(SourceCodeKind.Regular) { CodeActionEquivalenceKey = equivalenceKey };
        if (equivalenceKey is not null)
        {
            test.CodeActionValidationMode = CodeActionValidationMode.None;
        }

        for (int i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"/0/Test{i}.cs", fixedSources[i]));
        }

        await test.RunAsync();
    }

    /// <summary>The diagnostics in <paramref name="source"/> are reported, and the fix is not offered for any of them.</summary>
    public static Task NoFix(string source, SourceCodeKind kind = SourceCodeKind.Regular, string? equivalenceKey = null) =>
        Run(kind, source, source, equivalenceKey, null);

    /// <summary>Same, for a program with top-level statements.</summary>
    public static Task NoFixInProgram(string source) =>
        Run(SourceCodeKind.Regular, source, source, null, null, OutputKind.ConsoleApplication);

    private static async Task Run(SourceCodeKind kind, string source, string fixedSource, string? equivalenceKey, string? editorConfig, OutputKind? outputKind = null)
    {
        var test = new Test(kind)
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };

        if (equivalenceKey is not null)
        {
            // Other actions for the same diagnostic are fine; the verifier picks this one.
            test.CodeActionValidationMode = CodeActionValidationMode.None;
        }

        if (outputKind is { } output)
        {
            test.TestState.OutputKind = output;
            test.FixedState.OutputKind = output;
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        await test.RunAsync();
    }

    private sealed class Test : CSharpCodeFixTest<CapabilityAnalyzer, TFix, DefaultVerifier>
    {
        private readonly SourceCodeKind kind;

        public Test(SourceCodeKind kind)
        {
            this.kind = kind;
            ReferenceAssemblies = new ReferenceAssemblies("net10.0").AddAssemblies(ImmutableArray<string>.Empty);
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            FixedState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
            if (kind == SourceCodeKind.Script)
            {
                TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
                FixedState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
            }
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions())
                .WithLanguageVersion(LanguageVersion.Latest)
                .WithKind(kind);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithAllowUnsafe(true);

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            new DiagnosticAnalyzer[] { new CapabilityAnalyzer() };
    }
}
