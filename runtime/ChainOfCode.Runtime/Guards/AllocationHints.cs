using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ChainOfCode.Runtime;

/// <summary>How the guard checks an argument before a library call.</summary>
internal enum HintCheck
{
    /// <summary>A count of items: count × the bytes of one item (<see cref="AllocationHint.PerItem"/>) must fit the budget.</summary>
    Items,

    /// <summary>A count of bits (a shift, a bit array's length): count / 8 bytes.</summary>
    Bits,

    /// <summary>A count of bytes (a stream's length or position).</summary>
    Bytes,

    /// <summary>A composite format string ("{0,999999}"): the widest alignment and precision must fit.</summary>
    CompositeFormat,

    /// <summary>A standard numeric format ("D999999999"): its precision must fit.</summary>
    NumberFormat,

    /// <summary>A number's text: an exponent ("1e99999999") makes a big integer that many digits long.</summary>
    NumberText,

    /// <summary>A regular expression's pattern: at most <see cref="ScriptGuard.MaxRegexPatternChars"/> characters.</summary>
    RegexPattern,

    /// <summary>Regular expression options: <c>Compiled</c> is dropped (it compiles outside the budget; the result is the same).</summary>
    RegexOptions,

    /// <summary>A JSON reader's, writer's or serializer's <c>MaxDepth</c>: capped, the library recurses per level.</summary>
    JsonDepth,

    /// <summary>
    /// The call's result grows with several of its inputs (Replace, Join, Pow, ...): the inputs it needs are held as
    /// they are evaluated and the last one checks (<see cref="AllocationHint.Inputs"/> names them; "this" is the receiver).
    /// </summary>
    Amplification,
}

/// <summary>
/// One argument of one library API that sizes an allocation or a recursion: <paramref name="Member"/> is the
/// documentation-comment ID of the member without its parameter list (every overload), <paramref name="Parameter"/>
/// the parameter's name ("value" for a property setter). <paramref name="PerItem"/> is the bytes of one item for
/// <see cref="HintCheck.Items"/>: a number, or a sum of the containing type's type arguments ("T0+T1+16") or the
/// method's ("M0"), whose sizes the rewrite computes.
/// </summary>
internal sealed record AllocationHint(string Member, string Parameter, HintCheck Check, string PerItem = "", string Inputs = "");

/// <summary>
/// Which arguments of the allowed surface size an allocation, and how each is checked before the call: the
/// table the guard rewrite reads (<see cref="ArgumentGuards"/>). The allowed surface was enumerated by parameter
/// name and type (sizes, counts, capacities, lengths, widths, exponents, shifts, formats); an argument that only
/// selects a range of data that already exists (index and count into an array, Skip, Take) is not listed, and
/// <c>AllocationSurfaceTests</c> fails when the surface grows a parameter that is neither listed nor reviewed.
/// </summary>
internal static class AllocationHints
{
    public static ImmutableArray<AllocationHint> All { get; } =
    [
        // Strings and builders.
        new("M:System.String.#ctor", "count", HintCheck.Items, "2"),
        new("M:System.String.PadLeft", "totalWidth", HintCheck.Items, "2"),
        new("M:System.String.PadRight", "totalWidth", HintCheck.Items, "2"),
        new("M:System.String.Create", "length", HintCheck.Items, "2"),
        new("M:System.String.Replace", "newValue", HintCheck.Amplification, Inputs: "this,oldValue,newValue"),
        new("M:System.String.Join", "values", HintCheck.Amplification, Inputs: "separator,values"),
        new("M:System.String.Join", "value", HintCheck.Amplification, Inputs: "separator,value"),
        new("M:System.String.Concat", "values", HintCheck.Amplification, Inputs: "values"),
        new("M:System.String.Concat", "args", HintCheck.Amplification, Inputs: "args"),
        new("M:System.String.Format", "format", HintCheck.CompositeFormat),
        new("M:System.Text.CompositeFormat.Parse", "format", HintCheck.CompositeFormat),
        new("M:System.Text.StringBuilder.#ctor", "capacity", HintCheck.Items, "2"),
        new("M:System.Text.StringBuilder.Append", "repeatCount", HintCheck.Items, "2"),
        new("M:System.Text.StringBuilder.Insert", "count", HintCheck.Amplification, Inputs: "value,count"),
        new("M:System.Text.StringBuilder.EnsureCapacity", "capacity", HintCheck.Items, "2"),
        new("M:System.Text.StringBuilder.Replace", "newValue", HintCheck.Amplification, Inputs: "this,oldValue,newValue"),
        new("M:System.Text.StringBuilder.AppendFormat", "format", HintCheck.CompositeFormat),
        new("P:System.Text.StringBuilder.Capacity", "value", HintCheck.Items, "2"),
        new("P:System.Text.StringBuilder.Length", "value", HintCheck.Items, "2"),
        new("M:System.Console.Write", "format", HintCheck.CompositeFormat),
        new("M:System.Console.WriteLine", "format", HintCheck.CompositeFormat),
        new("M:System.IO.TextWriter.Write", "format", HintCheck.CompositeFormat),
        new("M:System.IO.TextWriter.WriteLine", "format", HintCheck.CompositeFormat),
        new("M:*.ToString", "format", HintCheck.NumberFormat),
        new("M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.#ctor", "literalLength", HintCheck.Items, "2"),
        new("M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.#ctor", "formattedCount", HintCheck.Items, "22"),
        new("M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted", "alignment", HintCheck.Items, "2"),
        new("M:System.Text.StringBuilder.AppendInterpolatedStringHandler.#ctor", "literalLength", HintCheck.Items, "2"),
        new("M:System.Text.StringBuilder.AppendInterpolatedStringHandler.#ctor", "formattedCount", HintCheck.Items, "22"),
        new("M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted", "format", HintCheck.NumberFormat),

        // Arrays.
        new("M:System.Array.Resize", "newSize", HintCheck.Items, "M0"),
        new("M:System.Array.CreateInstance", "length", HintCheck.Amplification, Inputs: "elementType,length"),
        new("M:System.Array.CreateInstance", "length3", HintCheck.Amplification, Inputs: "elementType,length1,length2,length3"),
        new("M:System.Array.CreateInstance", "length2", HintCheck.Amplification, Inputs: "elementType,length1,length2"),
        new("M:System.Array.CreateInstance", "lengths", HintCheck.Amplification, Inputs: "elementType,lengths"),
        new("M:System.Array.CreateInstanceFromArrayType", "length", HintCheck.Amplification, Inputs: "arrayType,length"),
        new("M:System.Array.CreateInstanceFromArrayType", "lengths", HintCheck.Amplification, Inputs: "arrayType,lengths"),

        // Collections: capacities are items of the collection's element (a dictionary's entry holds its key, its value and 16 bytes).
        new("M:System.Collections.Generic.List`1.#ctor", "capacity", HintCheck.Items, "T0"),
        new("M:System.Collections.Generic.List`1.EnsureCapacity", "capacity", HintCheck.Items, "T0"),
        new("P:System.Collections.Generic.List`1.Capacity", "value", HintCheck.Items, "T0"),
        new("M:System.Collections.Generic.Dictionary`2.#ctor", "capacity", HintCheck.Items, "T0+T1+16"),
        new("M:System.Collections.Generic.Dictionary`2.EnsureCapacity", "capacity", HintCheck.Items, "T0+T1+16"),
        new("M:System.Collections.Generic.Dictionary`2.TrimExcess", "capacity", HintCheck.Items, "T0+T1+16"),
        new("M:System.Collections.Generic.OrderedDictionary`2.#ctor", "capacity", HintCheck.Items, "T0+T1+16"),
        new("M:System.Collections.Generic.OrderedDictionary`2.EnsureCapacity", "capacity", HintCheck.Items, "T0+T1+16"),
        new("M:System.Collections.Generic.OrderedDictionary`2.TrimExcess", "capacity", HintCheck.Items, "T0+T1+16"),
        new("M:System.Collections.Generic.HashSet`1.#ctor", "capacity", HintCheck.Items, "T0+12"),
        new("M:System.Collections.Generic.HashSet`1.EnsureCapacity", "capacity", HintCheck.Items, "T0+12"),
        new("M:System.Collections.Generic.HashSet`1.TrimExcess", "capacity", HintCheck.Items, "T0+12"),
        new("M:System.Collections.Generic.SortedList`2.#ctor", "capacity", HintCheck.Items, "T0+T1"),
        new("P:System.Collections.Generic.SortedList`2.Capacity", "value", HintCheck.Items, "T0+T1"),
        new("M:System.Collections.Generic.Queue`1.#ctor", "capacity", HintCheck.Items, "T0"),
        new("M:System.Collections.Generic.Queue`1.EnsureCapacity", "capacity", HintCheck.Items, "T0"),
        new("M:System.Collections.Generic.Queue`1.TrimExcess", "capacity", HintCheck.Items, "T0"),
        new("M:System.Collections.Generic.Stack`1.#ctor", "capacity", HintCheck.Items, "T0"),
        new("M:System.Collections.Generic.Stack`1.EnsureCapacity", "capacity", HintCheck.Items, "T0"),
        new("M:System.Collections.Generic.Stack`1.TrimExcess", "capacity", HintCheck.Items, "T0"),
        new("M:System.Collections.Generic.PriorityQueue`2.#ctor", "initialCapacity", HintCheck.Items, "T0+T1"),
        new("M:System.Collections.Generic.PriorityQueue`2.EnsureCapacity", "capacity", HintCheck.Items, "T0+T1"),
        new("M:System.Collections.ArrayList.#ctor", "capacity", HintCheck.Items, "8"),
        new("P:System.Collections.ArrayList.Capacity", "value", HintCheck.Items, "8"),
        new("M:System.Collections.ArrayList.Repeat", "count", HintCheck.Items, "8"),
        new("M:System.Collections.BitArray.#ctor", "length", HintCheck.Bits),
        new("P:System.Collections.BitArray.Length", "value", HintCheck.Bits),
        new("M:System.Collections.Hashtable.#ctor", "capacity", HintCheck.Items, "40"),
        new("M:System.Collections.Immutable.ImmutableArray.CreateBuilder", "initialCapacity", HintCheck.Items, "M0"),
        new("P:System.Collections.Immutable.ImmutableArray`1.Builder.Capacity", "value", HintCheck.Items, "T0"),
        new("P:System.Collections.Immutable.ImmutableArray`1.Builder.Count", "value", HintCheck.Items, "T0"),

        // Sequences and random data.
        new("M:System.Linq.Enumerable.Repeat", "count", HintCheck.Items, "M0"),
        new("M:System.Linq.Enumerable.Range", "count", HintCheck.Items, "4"),
        new("M:System.Random.GetItems", "length", HintCheck.Items, "M0"),
        new("M:System.Random.GetString", "length", HintCheck.Items, "2"),
        new("M:System.Random.GetHexString", "stringLength", HintCheck.Items, "2"),

        // Streams: a memory stream grows to its length, its capacity, or the position it is written at.
        new("M:System.IO.MemoryStream.#ctor", "capacity", HintCheck.Bytes),
        new("P:System.IO.MemoryStream.Capacity", "value", HintCheck.Bytes),
        new("M:System.IO.Stream.SetLength", "value", HintCheck.Bytes),
        new("P:System.IO.Stream.Position", "value", HintCheck.Bytes),
        new("M:System.IO.Stream.Seek", "offset", HintCheck.Bytes),

        // Numbers: a big integer grows with a shift or a power.
        new("M:System.Numerics.BigInteger.Pow", "exponent", HintCheck.Amplification, Inputs: "value,exponent"),
        new("M:System.Numerics.BigInteger.Parse", "value", HintCheck.NumberText),
        new("M:System.Numerics.BigInteger.TryParse", "value", HintCheck.NumberText),
        new("M:System.Numerics.BigInteger.op_LeftShift", "shift", HintCheck.Bits),
        new("M:System.Numerics.BigInteger.op_RightShift", "shift", HintCheck.Bits),
        new("M:System.Numerics.BigInteger.op_UnsignedRightShift", "shiftAmount", HintCheck.Bits),

        // Regular expressions: the pattern's size, Compiled, and what a replacement pattern expands to.
        new("M:System.Text.RegularExpressions.Regex.#ctor", "pattern", HintCheck.RegexPattern),
        new("M:System.Text.RegularExpressions.Regex.#ctor", "options", HintCheck.RegexOptions),
        new("M:System.Text.RegularExpressions.Regex.IsMatch", "pattern", HintCheck.RegexPattern),
        new("M:System.Text.RegularExpressions.Regex.Match", "pattern", HintCheck.RegexPattern),
        new("M:System.Text.RegularExpressions.Regex.Matches", "pattern", HintCheck.RegexPattern),
        new("M:System.Text.RegularExpressions.Regex.Replace", "pattern", HintCheck.RegexPattern),
        new("M:System.Text.RegularExpressions.Regex.Split", "pattern", HintCheck.RegexPattern),
        new("M:System.Text.RegularExpressions.Regex.Count", "pattern", HintCheck.RegexPattern),
        new("M:System.Text.RegularExpressions.Regex.EnumerateMatches", "pattern", HintCheck.RegexPattern),
        new("M:System.Text.RegularExpressions.Regex.EnumerateSplits", "pattern", HintCheck.RegexPattern),
        new("M:System.Text.RegularExpressions.Regex.IsMatch", "options", HintCheck.RegexOptions),
        new("M:System.Text.RegularExpressions.Regex.Match", "options", HintCheck.RegexOptions),
        new("M:System.Text.RegularExpressions.Regex.Matches", "options", HintCheck.RegexOptions),
        new("M:System.Text.RegularExpressions.Regex.Replace", "options", HintCheck.RegexOptions),
        new("M:System.Text.RegularExpressions.Regex.Split", "options", HintCheck.RegexOptions),
        new("M:System.Text.RegularExpressions.Regex.Count", "options", HintCheck.RegexOptions),
        new("M:System.Text.RegularExpressions.Regex.Replace", "replacement", HintCheck.Amplification, Inputs: "input,replacement"),

        // JSON: the readers, writers and the serializer recurse per level of nesting.
        new("P:System.Text.Json.JsonSerializerOptions.MaxDepth", "value", HintCheck.JsonDepth),
        new("P:System.Text.Json.JsonDocumentOptions.MaxDepth", "value", HintCheck.JsonDepth),
        new("P:System.Text.Json.JsonReaderOptions.MaxDepth", "value", HintCheck.JsonDepth),
        new("P:System.Text.Json.JsonWriterOptions.MaxDepth", "value", HintCheck.JsonDepth),
    ];

    private static readonly ILookup<string, AllocationHint> ByMember = All.ToLookup(h => h.Member, System.StringComparer.Ordinal);

    /// <summary>The hints of a member (its documentation-comment ID without parameters, "M:*.Name" for any type's), if any.</summary>
    public static IEnumerable<AllocationHint> For(string member, string name) => ByMember[member].Concat(ByMember["M:*." + name]);

    /// <summary>True when some hint names this member.</summary>
    public static bool Covers(string member) => ByMember.Contains(member);
}
