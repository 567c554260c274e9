using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ChainOfCode.Runtime;

/// <summary>
/// The user line of a frame of a script emitted without a PDB (the common case: a run that does not fail never
/// needs one, and the PDB is a third of the emit). The first time a failing run asks, the same text is compiled again
/// with its PDB (caps, compilation and guard rewrite, without the analysis the first compile already passed), and the
/// frame's IL offset is read against that PDB's sequence points, as the runtime's stack trace reads a loaded PDB.
/// A method whose IL differs between the two images gets no line rather than a wrong one.
/// </summary>
internal sealed class ScriptLines
{
    private readonly byte[] image;
    private readonly Func<CompiledScript> rebuild;
    private readonly object gate = new();
    private CompiledScript? rebuilt;

    public ScriptLines(byte[] image, Func<CompiledScript> rebuild)
    {
        this.image = image;
        this.rebuild = rebuild;
    }

    /// <summary>The 1-based line of <paramref name="ilOffset"/> in the method <paramref name="methodToken"/>, or 0.</summary>
    public int LineOf(int methodToken, int ilOffset)
    {
        if (ilOffset < 0 || (methodToken >> 24) != 0x06)
        {
            return 0;
        }

        CompiledScript withSymbols;
        lock (gate)
        {
            withSymbols = rebuilt ??= rebuild();
        }

        if (withSymbols.Image is null || withSymbols.Symbols is null || !SameBody(image, withSymbols.Image, methodToken))
        {
            return 0;
        }

        using MetadataReaderProvider pdb = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(withSymbols.Symbols));
        MethodDebugInformation method = pdb.GetMetadataReader().GetMethodDebugInformation(MetadataTokens.MethodDefinitionHandle(methodToken & 0xFFFFFF));
        int line = 0;
        foreach (SequencePoint point in method.GetSequencePoints())
        {
            if (point.Offset > ilOffset)
            {
                break;
            }

            if (!point.IsHidden)
            {
                line = point.StartLine;
            }
        }

        return line;
    }

    private static bool SameBody(byte[] first, byte[] second, int methodToken) =>
        Body(first, methodToken) is { } a && Body(second, methodToken) is { } b && a.SequenceEqual(b);

    private static byte[]? Body(byte[] peImage, int methodToken)
    {
        using var reader = new PEReader(ImmutableArray.Create(peImage));
        MetadataReader metadata = reader.GetMetadataReader();
        var handle = MetadataTokens.MethodDefinitionHandle(methodToken & 0xFFFFFF);
        if (MetadataTokens.GetRowNumber(handle) > metadata.MethodDefinitions.Count)
        {
            return null;
        }

        int rva = metadata.GetMethodDefinition(handle).RelativeVirtualAddress;
        return rva == 0 ? null : reader.GetMethodBody(rva).GetILBytes();
    }
}
