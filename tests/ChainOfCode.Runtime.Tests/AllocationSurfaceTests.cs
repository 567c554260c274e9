using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The allocation pre-checks cover the allowed surface systematically: every parameter of an allowed API whose
/// name and type say it sizes something (a count, length, capacity, width, exponent, shift, format) is either
/// checked by a hint (a <c>[guards]</c> line of the catalog, <see cref="Policy.ArgumentHints"/>) or only selects data that already exists. A new API on the
/// surface with such a parameter fails this test until someone decides which.
/// </summary>
public sealed class AllocationSurfaceTests
{
    // Parameter names that can size an allocation (setters are "value": their property names are below).
    private static readonly HashSet<string> SizeNames = new(StringComparer.Ordinal)
    {
        "count", "length", "capacity", "size", "width", "totalWidth", "repeatCount", "initialCapacity", "initialSize",
        "newSize", "lengths", "length1", "length2", "length3", "exponent", "shift", "shiftAmount", "shiftCount",
        "precision", "literalLength", "formattedCount", "alignment", "minimumLength", "minimumCapacity", "stringLength",
        "valueCount", "bits", "format", "pattern", "maxDepth",
    };

    private static readonly HashSet<string> SizeProperties = new(StringComparer.Ordinal) { "Capacity", "Length", "Count", "Position", "MaxDepth" };

    // A parameter next to one of these selects a range of data that already exists.
    private static readonly HashSet<string> RangeNames = new(StringComparer.Ordinal)
    {
        "index", "startIndex", "offset", "arrayIndex", "destinationIndex", "sourceIndex", "start", "charIndex", "byteIndex",
        "startat", "beginning", "indexA", "indexB", "buffer", "destination", "array", "chars", "bytes", "source",
    };

    // Members that never allocate by the parameter (they search, read, copy into a given buffer, round or rotate).
    private static readonly string[] NonAllocating =
    [
        "IndexOf", "LastIndexOf", "IndexOfAny", "LastIndexOfAny", "Skip", "SkipLast", "Take", "TakeLast", "BinarySearch",
        "Sort", "Reverse", "CopyTo", "Clear", "Fill", "Slice", "Read", "ReadAsync", "ReadBlock", "ReadBlockAsync",
        "ReadExactly", "ReadExactlyAsync", "ReadAtLeast", "ReadAtLeastAsync", "Write", "WriteAsync", "WriteLine",
        "WriteLineAsync", "Remove", "RemoveRange", "Round", "RootN", "ScaleB", "RotateLeft", "RotateRight", "Truncate",
        "GetByteCount", "GetCharCount", "GetMaxByteCount", "GetMaxCharCount", "Compare", "CompareOrdinal", "ShiftLeft",
        "ShiftRightArithmetic", "ShiftRightLogical", "TryFormat", "TryParse", "Parse", "AsSpan", "AsMemory", "Equals",
        "GetEnumerator", "Split", "GetRange", "Substring", "ToCharArray", "ToBase64String", "ToHexString", "ToHexStringLower",
        "FromBase64CharArray", "ToBase64CharArray", "UrlEncodeToBytes", "UrlDecodeToBytes", "GetString", "GetBytes", "GetChars",
        "Convert", "FindIndex", "FindLastIndex", "IsMatch", "Match", "Matches", "Count", "EnumerateMatches", "EnumerateSplits",
        "GetAscii", "GetUnicode", "LeftShift", "RightShift", "Create", "CreateRange", "AddRange", "Sum", "Average", "Min", "Max",
        "Append", "AppendFormatted", "AppendJoin", "Insert", "Replace", "Escape", "Unescape", "IsValid", "GetValue",
        "Copy", "ParseExact", "TryParseExact", "GetOffset", "GetOffsetAndLength", "op_LeftShift", "op_RightShift", "op_UnsignedRightShift",
    ];

    // Reviewed one by one: the parameter does not size an allocation (or the allocation is bounded by another input).
    private static readonly HashSet<string> Reviewed = new(StringComparer.Ordinal)
    {
        "M:System.Linq.Enumerable.Chunk size", // Chunk grows its buffers with the items it sees
        "M:System.Text.StringBuilder.#ctor maxCapacity", // a cap, not an allocation
        "M:System.Text.StringBuilder.#ctor length", // with startIndex: a range of the given string
        "M:System.String.#ctor length", // with startIndex: a range of the given characters
        "M:System.IO.MemoryStream.#ctor count", // a range of the given buffer
        "M:System.ArraySegment`1.#ctor count", "M:System.Memory`1.#ctor length", "M:System.ReadOnlyMemory`1.#ctor length",
        "M:System.Span`1.#ctor length", "M:System.ReadOnlySpan`1.#ctor length", // views of existing memory
        "M:System.Collections.BitArray.#ctor values", // bits of the given ints
        "M:System.Console.SetBufferSize width", "M:System.Console.SetWindowSize width", // Console beyond Write is COC0008
        "M:System.Decimal.#ctor bits", // the four ints of a decimal
        "M:System.Enum.Format format", // enum formats are one letter
        "M:System.Numerics.BigInteger.ModPow exponent", // the result is smaller than the modulus
        "M:System.Text.RegularExpressions.GeneratedRegexAttribute.#ctor pattern", // an attribute: no generator runs for scripts
        "M:System.Text.RegularExpressions.RegexCompilationInfo.#ctor pattern", // only for compiling to an assembly, unsupported
        "P:System.Text.Json.Serialization.JsonSourceGenerationOptionsAttribute.MaxDepth value", // an attribute for the source generator
        "P:System.Text.Json.Serialization.Metadata.JsonParameterInfoValues.Position value", // a parameter's position in metadata
    };

    [Fact]
    public void Every_sizing_parameter_of_the_allowed_surface_is_checked_or_reviewed()
    {
        CSharpCompilation compilation = CSharpCompilation.Create("surface", references: ScriptReferences.References);
        var unclassified = new SortedSet<string>(StringComparer.Ordinal);
        foreach (INamedTypeSymbol type in AllowedTypes(compilation.GlobalNamespace))
        {
            foreach (ISymbol member in type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public))
            {
                foreach (IParameterSymbol parameter in SizingParameters(member))
                {
                    string key = ArgumentGuards.MemberId(member) + " " + parameter.Name;
                    bool hinted = ArgumentGuards.HintsOf(Policy.Default, member).Any(h => h.Parameter == parameter.Name || h.Inputs.Contains(parameter.Name));
                    if (!hinted && !IsRange(member) && !NonAllocating.Contains(member.Name) && !Reviewed.Contains(key))
                    {
                        unclassified.Add(key);
                    }
                }
            }
        }

        Assert.True(unclassified.Count == 0, "Not hinted and not reviewed:\n" + string.Join("\n", unclassified));
    }

    [Fact]
    public void Every_hint_names_a_member_and_a_parameter_that_exist()
    {
        CSharpCompilation compilation = CSharpCompilation.Create("surface", references: ScriptReferences.References);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (INamedTypeSymbol type in AllTypes(compilation.GlobalNamespace))
        {
            foreach (ISymbol member in type.GetMembers())
            {
                foreach (IParameterSymbol parameter in Parameters(member))
                {
                    found.Add(ArgumentGuards.MemberId(member) + " " + parameter.Name);
                }
            }
        }

        string[] missing = [.. Policy.Default.ArgumentHints.Where(h => !h.Member.StartsWith("M:*.", StringComparison.Ordinal) && !found.Contains(h.Member + " " + h.Parameter)).Select(h => h.Member + " " + h.Parameter)];
        Assert.True(missing.Length == 0, "Hints that match nothing:\n" + string.Join("\n", missing));
    }

    private static IEnumerable<IParameterSymbol> SizingParameters(ISymbol member) => Parameters(member).Where(p =>
        (p.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
            || p.Type.ToDisplayString() is "int[]" or "long[]" or "string" or "System.Numerics.BigInteger")
        && (SizeNames.Contains(p.Name) || (member is IPropertySymbol property && SizeProperties.Contains(property.Name))));

    private static IEnumerable<IParameterSymbol> Parameters(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion } method => method.Parameters,
        IPropertySymbol { SetMethod: { DeclaredAccessibility: Accessibility.Public } setter } => [setter.Parameters[^1]],
        _ => [],
    };

    private static bool IsRange(ISymbol member) => Parameters(member).Any(p => RangeNames.Contains(p.Name));

    private static IEnumerable<INamedTypeSymbol> AllowedTypes(INamespaceSymbol root)
    {
        ImmutableArrayOfEntries allow = new(Policy.Default.AllowedSurface.Where(e => !e.IsAllow).ToArray());
        return AllTypes(root).Where(t => t.DeclaredAccessibility == Accessibility.Public && allow.Allows(t));
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol root)
    {
        foreach (INamespaceOrTypeSymbol member in root.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (INamedTypeSymbol type in AllTypes(ns))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (INamedTypeSymbol nested in WithNested(type))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type) =>
        new[] { type }.Concat(type.GetTypeMembers().SelectMany(WithNested));

    /// <summary>The [allow] section's type and namespace lines (members on the list are reached through their types).</summary>
    private sealed class ImmutableArrayOfEntries(PolicyEntry[] entries)
    {
        public bool Allows(INamedTypeSymbol type)
        {
            INamedTypeSymbol outer = type;
            while (outer.ContainingType is { } containing)
            {
                outer = containing;
            }

            string id = outer.GetDocumentationCommentId()![2..];
            string ns = outer.ContainingNamespace.ToDisplayString();
            return entries.Any(e => e.Kind switch
            {
                'T' => e.IsWildcard ? id.StartsWith(e.Id[..^1], StringComparison.Ordinal) : id == e.Id,
                'N' => e.IsWildcard ? ns == e.Id[..^2] || ns.StartsWith(e.Id[..^1], StringComparison.Ordinal) : ns == e.Id,
                _ => false,
            });
        }
    }
}
