using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ChainOfCode.Runtime;

/// <summary>Emits a guarded script compilation to an image and a portable PDB (the PDB gives errors their user line).</summary>
internal static class ScriptEmitter
{
    public static CompiledScript Emit(CSharpCompilation guarded, GateResult verdict, bool usesSerializer, CancellationToken cancellationToken)
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult emitted = guarded.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb), cancellationToken: cancellationToken);
        if (!emitted.Success)
        {
            Diagnostic first = emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            return CompiledScript.Failed(verdict, MessageSanitizer.Sanitize($"The guarded script did not compile: {first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}"));
        }

        return CompiledScript.Loadable(verdict, pe.ToArray(), pdb.ToArray(), guarded.ScriptClass!.MetadataName, usesSerializer);
    }
}
