using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime;

/// <summary>
/// A script after the gate, the guard rewrite and the emit: the verdict and, when accepted, the image to
/// load. Immutable, so runs of the same code share it (each run loads its own copy of the assembly, with
/// its own static guard field).
/// </summary>
internal sealed class CompiledScript
{
    private CompiledScript(GateResult verdict, byte[]? image, byte[]? symbols, string? scriptClass, string? emitError, bool usesSerializer, ChainPlan? chain = null, ScriptLines? lines = null, bool startsThreads = false)
    {
        StartsThreads = startsThreads;
        Chain = chain;
        Lines = lines;
        Verdict = verdict;
        Image = image;
        Symbols = symbols;
        ScriptClass = scriptClass;
        EmitError = emitError;
        UsesSerializer = usesSerializer;
    }

    /// <summary>The gate's verdict, without its compilation (a cached script keeps no syntax tree alive).</summary>
    public GateResult Verdict { get; }

    public byte[]? Image { get; }

    /// <summary>The portable PDB, when the image was emitted with one (else <see cref="Lines"/> finds a failing frame's line).</summary>
    public byte[]? Symbols { get; }

    /// <summary>For an image emitted without its PDB: the line of a failing frame, from a PDB compiled when first asked.</summary>
    public ScriptLines? Lines { get; }

    public string? ScriptClass { get; }

    /// <summary>The script names System.Text.Json's serializer: its metadata caches must be cleared after the run.</summary>
    public bool UsesSerializer { get; }

    /// <summary>Set when the guarded tree failed to compile (a runtime bug: the run is <c>crashed</c>).</summary>
    public string? EmitError { get; }

    /// <summary>For a Chain-of-Code program: what its rewrite instrumented (the run's session needs it); null for a plain script.</summary>
    public ChainPlan? Chain { get; }

    /// <summary>
    /// The script may run its code on other threads at once (<see cref="GateOptions.StartsThreads"/>): its guard counts in
    /// shared mode, and its image was rewritten with shared exits for it.
    /// </summary>
    public bool StartsThreads { get; }

    /// <summary>The same image, with the plan of the Chain-of-Code rewrite it was emitted from.</summary>
    public CompiledScript WithChain(ChainPlan plan) => new(Verdict, Image, Symbols, ScriptClass, EmitError, UsesSerializer, plan, Lines, StartsThreads);

    /// <summary>The same image, marked as rewritten for a guard in shared mode (<see cref="StartsThreads"/>).</summary>
    public CompiledScript WithThreads(bool startsThreads) =>
        startsThreads == StartsThreads ? this : new(Verdict, Image, Symbols, ScriptClass, EmitError, UsesSerializer, Chain, Lines, startsThreads);

    /// <summary>
    /// The bytes this entry keeps alive, about: the image, the PDB and the findings' text (a cache bounds its total;
    /// a refused script keeps no compilation, see <see cref="Refused"/>).
    /// </summary>
    public long RetainedBytes
    {
        get
        {
            long bytes = 256L + (Image?.Length ?? 0) + (Symbols?.Length ?? 0) + (2L * (Verdict.Error?.Length ?? 0));
            foreach (ScriptDiagnostic diagnostic in Verdict.Diagnostics)
            {
                bytes += 96 + (2L * (diagnostic.Message.Length + (diagnostic.Alternative?.Length ?? 0)));
            }

            return bytes;
        }
    }

    /// <summary>The gate refused the script: nothing to load, and nothing of its compilation kept (a cached refusal would keep its syntax tree, symbols and binding alive).</summary>
    public static CompiledScript Refused(GateResult verdict) => new(verdict.WithoutCompilation(), null, null, null, null, usesSerializer: false);

    /// <summary>The guarded tree did not compile.</summary>
    public static CompiledScript Failed(GateResult verdict, string emitError) => new(verdict, null, null, null, emitError, usesSerializer: false);

    /// <summary>An image and its symbols, ready to load.</summary>
    public static CompiledScript Loadable(GateResult verdict, byte[] image, byte[] symbols, string scriptClass, bool usesSerializer) =>
        new(verdict, image, symbols, scriptClass, null, usesSerializer);

    /// <summary>An image without its symbols, ready to load; <paramref name="lines"/> maps a failing frame to its line.</summary>
    public static CompiledScript Loadable(GateResult verdict, byte[] image, ScriptLines lines, string scriptClass, bool usesSerializer) =>
        new(verdict, image, null, scriptClass, null, usesSerializer, lines: lines);
}
