using System.Collections.Immutable;
using ChainOfCode.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>Runs the analyzers the way a project does: .NET 10 reference assemblies, policy files as AdditionalFiles.</summary>
public static class Verify
{
    /// <summary>.NET 10 reference assemblies from Basic.Reference.Assemblies: no download at test time.</summary>
    public static readonly ReferenceAssemblies Net100 = new ReferenceAssemblies("net10.0")
        .AddAssemblies(ImmutableArray<string>.Empty);

    /// <summary>Checks that <paramref name="source"/>'s markup spans are exactly the diagnostics reported.</summary>
    public static Task Analyzer(string source, params (string Name, string Text)[] policyFiles) =>
        Run(source, Microsoft.CodeAnalysis.SourceCodeKind.Regular, policyFiles);

    /// <summary>Same, for a script (.csx, SourceCodeKind.Script).</summary>
    public static Task Script(string source, params (string Name, string Text)[] policyFiles) =>
        Run(source, Microsoft.CodeAnalysis.SourceCodeKind.Script, policyFiles);

    private static async Task Run(string source, Microsoft.CodeAnalysis.SourceCodeKind kind, (string Name, string Text)[] policyFiles)
    {
        var test = new Test(kind) { TestCode = source };
        foreach ((string name, string text) in policyFiles)
        {
            test.TestState.AdditionalFiles.Add((name, text));
        }

        await test.RunAsync();
    }

    private sealed class Test : CSharpAnalyzerTest<CapabilityAnalyzer, DefaultVerifier>
    {
        private readonly Microsoft.CodeAnalysis.SourceCodeKind kind;

        public Test(Microsoft.CodeAnalysis.SourceCodeKind kind)
        {
            this.kind = kind;
            ReferenceAssemblies = Net100;
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
            if (kind == Microsoft.CodeAnalysis.SourceCodeKind.Script)
            {
                // A test compilation cannot resolve #r/#load (CS7099, CS8099); only the analyzer's verdict matters here.
                CompilerDiagnostics = CompilerDiagnostics.None;
            }
        }

        protected override ParseOptions CreateParseOptions() =>
            ((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)base.CreateParseOptions())
                .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)
                .WithKind(kind);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)base.CreateCompilationOptions()).WithAllowUnsafe(true);

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            new DiagnosticAnalyzer[] { new CapabilityAnalyzer(), new PolicyFileAnalyzer() };
    }
}
