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
    public static CompiledScript Emit(CSharpCompilation guarded, GateResult verdict, bool usesSerializer, CancellationToken cancellationToken, Func<CompiledScript>? rebuild = null)
    {
        using var pe = new MemoryStream();
        using MemoryStream? pdb = rebuild is null ? new MemoryStream() : null;
        EmitResult emitted = pdb is null
            ? guarded.Emit(pe, cancellationToken: cancellationToken)
            : guarded.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb), cancellationToken: cancellationToken);
        if (!emitted.Success)
        {
            Diagnostic first = emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            return CompiledScript.Failed(verdict, MessageSanitizer.Sanitize($"The guarded script did not compile: {first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}"));
        }

        byte[] image = pe.ToArray();
        return pdb is null
            ? CompiledScript.Loadable(verdict, image, new ScriptLines(image, rebuild!), guarded.ScriptClass!.MetadataName, usesSerializer)
            : CompiledScript.Loadable(verdict, image, pdb.ToArray(), guarded.ScriptClass!.MetadataName, usesSerializer);
    }
}
