using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ChainOfCode.Runtime;

/// <summary>
/// Emits a guarded script compilation to an image, and a portable PDB (which gives errors their user line) unless
/// <c>rebuild</c> can compile the PDB later, when a failing run first needs a line (<see cref="ScriptLines"/>).
/// </summary>
internal static class ScriptEmitter
{
    public static CompiledScript Emit(CSharpCompilation guarded, GateResult verdict, bool usesSerializer, CancellationToken cancellationToken, Func<CompiledScript>? rebuild = null) =>
        Emitted(rebuild is null ? EmitWithSymbols(guarded, cancellationToken) : EmitImage(guarded, cancellationToken), verdict, usesSerializer, rebuild);

    /// <summary>The image alone (its PDB is compiled later, when a failing run first needs a line): bytes nothing has loaded.</summary>
    public static EmittedImage EmitImage(CSharpCompilation guarded, CancellationToken cancellationToken)
    {
        using var pe = new MemoryStream();
        EmitResult emitted = guarded.Emit(pe, cancellationToken: cancellationToken);
        return emitted.Success ? new EmittedImage(pe.ToArray(), null, guarded.ScriptClass!.MetadataName, null) : new EmittedImage(null, null, null, Error(emitted));
    }

    /// <summary>The image as a script's verdict makes it: loadable, or the guarded tree's first error.</summary>
    public static CompiledScript Emitted(EmittedImage emitted, GateResult verdict, bool usesSerializer, Func<CompiledScript>? rebuild)
    {
        if (emitted.Error is not null)
        {
            return CompiledScript.Failed(verdict, emitted.Error);
        }

        return emitted.Symbols is null
            ? CompiledScript.Loadable(verdict, emitted.Image!, new ScriptLines(emitted.Image!, rebuild!), emitted.ScriptClass!, usesSerializer)
            : CompiledScript.Loadable(verdict, emitted.Image!, emitted.Symbols, emitted.ScriptClass!, usesSerializer);
    }

    private static EmittedImage EmitWithSymbols(CSharpCompilation guarded, CancellationToken cancellationToken)
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult emitted = guarded.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb), cancellationToken: cancellationToken);
        return emitted.Success ? new EmittedImage(pe.ToArray(), pdb.ToArray(), guarded.ScriptClass!.MetadataName, null) : new EmittedImage(null, null, null, Error(emitted));
    }

    private static string Error(EmitResult emitted)
    {
        Diagnostic first = emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        return MessageSanitizer.Sanitize($"The guarded script did not compile: {first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}");
    }
}

/// <summary>An emitted guarded script: its image (and PDB, when emitted with one) and script class, or the first error.</summary>
internal sealed record EmittedImage(byte[]? Image, byte[]? Symbols, string? ScriptClass, string? Error);
