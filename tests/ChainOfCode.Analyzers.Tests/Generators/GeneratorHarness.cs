using System.Collections.Immutable;
using ChainOfCode.Analyzers.Generators;
using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Tests.Generators;

/// <summary>
/// What the generator tests share: a project's compilation (.NET 10 references), the runtime's public shape as source
/// (so that the runtime-typed members are emitted), listed scripts as AdditionalFiles with ChainOfCodeKind=Script,
/// and a driver that tracks steps.
/// </summary>
internal static class GeneratorHarness
{
    public const string RootNamespace = "MyApp";

    /// <summary>The runtime types generated code uses, as the project would see them from ChainOfCode.Runtime.</summary>
    public const string RuntimeShape = """
        namespace ChainOfCode.Runtime
        {
            public sealed class VettedScript
            {
                public VettedScript(string name, string text, string sha256, string policyFingerprint) { }
            }

            public sealed class GateOptions
            {
                public static GateOptions FromPolicyText(string text, string path = "policy") => new GateOptions();
            }

            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Struct, Inherited = false)]
            public sealed class ScriptInputsAttribute : System.Attribute
            {
            }

            public sealed record RunOptions
            {
                public static RunOptions Default { get; } = new RunOptions();

                public string? ArgsJson { get; init; }

                public string? ArgsShape { get; init; }
            }
        }
        """;

    /// <summary>The fingerprint of the default script policy (the catalog in allowlist mode, default caps).</summary>
    public static string DefaultFingerprint =>
        ProjectPolicyModel.Create(ImmutableArray<PolicyFileText>.Empty, string.Empty).Fingerprint;

    public static string ScriptPath(string name) => "/0/Scripts/" + name;

    /// <summary>A .globalconfig naming the root namespace and marking <paramref name="scripts"/> as listed scripts.</summary>
    public static string GlobalConfig(params string[] scripts) =>
        "is_global = true\nbuild_property.RootNamespace = " + RootNamespace + "\n"
        + string.Concat(scripts.Select(s => "\n[" + ScriptPath(s) + "]\nbuild_metadata.AdditionalFiles.ChainOfCodeKind = Script\n"));

    public static string Version => typeof(ProjectPolicyGenerator).Assembly.GetName().Version!.ToString();

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "MyApp",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test" + i + ".cs")),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IIncrementalGenerator generator, ImmutableArray<AdditionalText> files, params string[] scripts) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            files,
            new CSharpParseOptions(LanguageVersion.Latest),
            new Options(scripts),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static AdditionalText File(string path, string? text) => new InMemoryText(path, text);

    /// <summary>The reasons of every output of a tracked step in the last run.</summary>
    public static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step]
            .SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    // A null text is a file the compiler could not read (missing, a folder, no permission): its GetText is null.
    private sealed class InMemoryText(string path, string? text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text is null ? null : SourceText.From(text);
    }

    private sealed class Options(string[] scripts) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new() { ["build_property.RootNamespace"] = RootNamespace });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new());

        // A script is "name.csx" or "name.csx=InputsType" (its ChainOfCodeInputs metadata).
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            string? script = scripts.FirstOrDefault(s => ScriptPath(s.Split('=')[0]) == textFile.Path);
            var values = new Dictionary<string, string>();
            if (script is not null)
            {
                values[GeneratorInputs.KindMetadata] = GeneratorInputs.ScriptKind;
                if (script.Split('=') is [_, string inputs])
                {
                    values[GeneratorInputs.InputsMetadata] = inputs;
                }
            }

            return new Values(values);
        }
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>The source generator verifier over .NET 10 references, with the runtime's shape in the project.</summary>
internal sealed class GeneratorTest<TGenerator> : CSharpSourceGeneratorTest<TGenerator, DefaultVerifier>
    where TGenerator : new()
{
    public GeneratorTest(bool referencesRuntime = true)
    {
        ReferenceAssemblies = ChainOfCode.Analyzers.Tests.Verify.Net100;
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        if (referencesRuntime)
        {
            TestState.Sources.Add(("RuntimeShape.cs", GeneratorHarness.RuntimeShape));
        }
    }

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
}
