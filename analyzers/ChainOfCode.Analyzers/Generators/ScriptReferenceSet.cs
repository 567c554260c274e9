using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>
/// The project's references a listed script compiles against: those of <see cref="ScriptDialect.FrameworkAssemblies"/>
/// and the runtime assembly, plus <see cref="ScriptDialect.AnalysisOnlyAssemblies"/> for the analysis twin. Equal
/// when the same reference objects are chosen, so that edits to the project's code leave the vetting cached.
/// Without a reference to the runtime, a stub of its globals (Input, Args, ReadLine, UntypedArgs) stands in.
/// </summary>
internal sealed class ScriptReferenceSet : IEquatable<ScriptReferenceSet>
{
    private readonly Lazy<ScriptEnvironment?> environment;

    private ScriptReferenceSet(ImmutableArray<MetadataReference> script, ImmutableArray<MetadataReference> analysisOnly, MetadataReference? runtime, AssemblyIdentity? runtimeIdentity, AssemblyIdentity corlib)
    {
        Script = script;
        AnalysisOnly = analysisOnly;
        Runtime = runtime;
        RuntimeIdentity = runtimeIdentity;
        Corlib = corlib;
        environment = new Lazy<ScriptEnvironment?>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ImmutableArray<MetadataReference> Script { get; }

    public ImmutableArray<MetadataReference> AnalysisOnly { get; }

    public MetadataReference? Runtime { get; }

    public AssemblyIdentity? RuntimeIdentity { get; }

    public AssemblyIdentity Corlib { get; }

    /// <summary>The environment to vet in, or null when the project cannot compile a script (no System.Text.Json, for one).</summary>
    public ScriptEnvironment? Environment => environment.Value;

    public static ScriptReferenceSet From(Compilation compilation, CancellationToken cancellationToken)
    {
        var script = ImmutableArray.CreateBuilder<MetadataReference>();
        var analysisOnly = ImmutableArray.CreateBuilder<MetadataReference>();
        MetadataReference? runtime = null;
        AssemblyIdentity? runtimeIdentity = null;
        foreach (MetadataReference reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly)
            {
                continue;
            }

            string name = assembly.Identity.Name;
            if (name == ScriptDialect.RuntimeAssemblyName)
            {
                runtime = reference;
                runtimeIdentity = assembly.Identity;
            }
            else if (ScriptDialect.FrameworkAssemblies.Contains(name))
            {
                script.Add(reference);
            }
            else if (ScriptDialect.AnalysisOnlyAssemblies.Contains(name))
            {
                analysisOnly.Add(reference);
            }
        }

        AssemblyIdentity corlib = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly.Identity;
        return new ScriptReferenceSet(script.ToImmutable(), analysisOnly.ToImmutable(), runtime, runtimeIdentity, corlib);
    }

    public bool Equals(ScriptReferenceSet? other) =>
        other is not null
        && Script.SequenceEqual(other.Script)
        && AnalysisOnly.SequenceEqual(other.AnalysisOnly)
        && Equals(Runtime, other.Runtime)
        && Corlib.Equals(other.Corlib);

    public override bool Equals(object? obj) => Equals(obj as ScriptReferenceSet);

    public override int GetHashCode() => Script.Length * 31 + AnalysisOnly.Length + (Runtime is null ? 0 : 7);

    private ScriptEnvironment? Build()
    {
        MetadataReference? runtime = Runtime;
        AssemblyIdentity? identity = RuntimeIdentity;
        if (runtime is null)
        {
            (runtime, identity) = CompileStub(Script);
            if (runtime is null)
            {
                return null;
            }
        }

        ImmutableArray<MetadataReference> references = Script.Add(runtime);
        return new ScriptEnvironment(
            references,
            references.AddRange(AnalysisOnly),
            new StandInType(ScriptDialect.GlobalsNamespace, ScriptDialect.GlobalsTypeName, identity!),
            new StandInType("System", "Object", Corlib),
            static () => new TypeSizes());
    }

    /// <summary>The script's globals as the runtime declares them, compiled against the project's framework references.</summary>
    private static (MetadataReference? Reference, AssemblyIdentity? Identity) CompileStub(ImmutableArray<MetadataReference> framework)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(
            "namespace " + ScriptDialect.GlobalsNamespace + "\n{\n"
            + "    public sealed class " + ScriptDialect.GlobalsTypeName + "\n    {\n"
            + "        public string Input => string.Empty;\n"
            + "        public System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement> Args => null;\n"
            + "        public System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement> UntypedArgs => null;\n"
            + "        public string ReadLine() => null;\n"
            + "    }\n}\n",
            new CSharpParseOptions(LanguageVersion.Latest));
        CSharpCompilation stub = CSharpCompilation.Create(
            ScriptDialect.RuntimeAssemblyName,
            new[] { tree },
            framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        if (!stub.Emit(image).Success)
        {
            return (null, null);
        }

        return (MetadataReference.CreateFromImage(image.ToArray()), stub.Assembly.Identity);
    }
}
