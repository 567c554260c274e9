using System.Reflection;
using System.Runtime.Loader;
using ChainOfCode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// The baselines: the same script compiled with the runtime's references and options but no gate and no
/// guards, emitted without a PDB into a collectible load context, run and unloaded ("raw"); and
/// <c>CSharpScript.EvaluateAsync</c> with the same references and imports (what a host without this package would write).
/// </summary>
public static class RawScripts
{
    private static readonly ScriptOptions EvaluateOptions = ScriptOptions.Default.WithReferences(ScriptReferences.References).WithImports(ScriptReferences.Imports);

    /// <summary>Parses, compiles and emits <paramref name="code"/> as the gate would see it, without the gate's checks or the guards.</summary>
    public static byte[] Compile(string code)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
        CSharpCompilation compilation = CSharpCompilation.CreateScriptCompilation(
            "raw", tree, ScriptReferences.References, ScriptGate.CompilationOptions, null, typeof(object), typeof(ScriptGlobals));
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics));
        }

        return pe.ToArray();
    }

    /// <summary>Loads an image into its own collectible load context, runs it to its value and unloads.</summary>
    public static object? Run(byte[] image)
    {
        var context = new AssemblyLoadContext("raw", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromStream(new MemoryStream(image, writable: false));
            MethodInfo factory = assembly.GetType("Script", throwOnError: true)!.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!;
            var entry = factory.CreateDelegate<Func<object?[], Task<object>>>();
            return entry([new ScriptGlobals(), null]).GetAwaiter().GetResult();
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Compile, emit, load, run, unload: what the runtime does, minus the gate and the guards.</summary>
    public static object? CompileAndRun(string code) => Run(Compile(code));

    /// <summary>Roslyn's scripting API (its assemblies are never unloaded).</summary>
    public static object? Evaluate(string code) =>
        CSharpScript.EvaluateAsync<object>(code, EvaluateOptions, new ScriptGlobals(), typeof(ScriptGlobals)).GetAwaiter().GetResult();

    /// <summary>Runs a script through the runtime and fails loudly unless it succeeded (a benchmark must not time a refusal).</summary>
    public static ScriptResult Guarded(ScriptRunner runner, string code, RunOptions? options = null)
    {
        ScriptResult result = runner.RunAsync(code, options ?? RuntimeJob.Options).GetAwaiter().GetResult();
        if (result.Status != ScriptStatus.Succeeded)
        {
            throw new InvalidOperationException($"{result.Status}: {result.Error}");
        }

        return result;
    }
}
