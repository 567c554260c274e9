using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ChainOfCode.Runtime;

/// <summary>
/// A script after the gate, the guard rewrite and the emit: the verdict and, when accepted, the image to
/// load. Immutable, so runs of the same code share it (each run loads its own copy of the assembly, with
/// its own static guard field). A small bounded cache keyed by the gate options and the code.
/// </summary>
internal sealed class CompiledScript
{
    private const int CacheCapacity = 512;
    private static readonly ConcurrentDictionary<(GateOptions Options, string Code), CompiledScript> Cache = new();

    private CompiledScript(GateResult verdict, byte[]? image, byte[]? symbols, string? scriptClass, string? emitError, bool usesSerializer = false)
    {
        UsesSerializer = usesSerializer;
        Verdict = verdict;
        Image = image;
        Symbols = symbols;
        ScriptClass = scriptClass;
        EmitError = emitError;
    }

    public GateResult Verdict { get; }

    public byte[]? Image { get; }

    public byte[]? Symbols { get; }

    public string? ScriptClass { get; }

    /// <summary>The script names System.Text.Json's serializer: its metadata caches must be cleared after the run.</summary>
    public bool UsesSerializer { get; }

    /// <summary>Set when the guarded tree failed to compile (a runtime bug: the run is <c>crashed</c>).</summary>
    public string? EmitError { get; }

    public static CompiledScript Get(string code, GateOptions options, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue((options, code), out CompiledScript? cached))
        {
            return cached;
        }

        CompiledScript compiled = Compile(code, options, cancellationToken);
        if (Cache.Count >= CacheCapacity)
        {
            Cache.Clear();
        }

        Cache.TryAdd((options, code), compiled);
        return compiled;
    }

    private static CompiledScript Compile(string code, GateOptions options, CancellationToken cancellationToken)
    {
        GateResult verdict = ScriptGate.Check(code, options, cancellationToken);
        if (!verdict.IsAccepted)
        {
            return new CompiledScript(verdict, null, null, null, null);
        }

        SyntaxTree guarded = GuardRewriter.Rewrite(verdict.Tree!, verdict.Compilation!.GetSemanticModel(verdict.Tree!), cancellationToken);
        CSharpCompilation compilation = verdict.Compilation.ReplaceSyntaxTree(verdict.Tree!, guarded);
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult emitted = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb), cancellationToken: cancellationToken);
        var stripped = new GateResult(verdict.Verdict, verdict.Diagnostics, verdict.Error, null, null);
        if (!emitted.Success)
        {
            Diagnostic first = emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            string error = MessageSanitizer.Sanitize($"The guarded script did not compile: {first.Id}: {first.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            return new CompiledScript(stripped, null, null, null, error);
        }

        bool usesSerializer = verdict.Tree!.GetRoot(cancellationToken).DescendantTokens()
            .Any(t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken) && t.ValueText is "JsonSerializer" or "JsonSerializerOptions" or "JsonTypeInfo" or "JsonNode" or "JsonValue");
        return new CompiledScript(stripped, pe.ToArray(), pdb.ToArray(), compilation.ScriptClass!.MetadataName, null, usesSerializer);
    }
}
