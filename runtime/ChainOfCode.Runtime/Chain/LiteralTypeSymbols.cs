using System.Linq;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Runtime.Chain;

/// <summary>The <see cref="LiteralType"/> of a Roslyn type symbol, and the C# syntax that names a literal type unambiguously.</summary>
internal static class LiteralTypeSymbols
{
    /// <summary>The literal type of <paramref name="type"/>, or null when an emulator cannot produce it.</summary>
    public static LiteralType? From(ITypeSymbol? type, int depth = 0)
    {
        if (type is null || depth > LiteralType.MaxNesting)
        {
            return null;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return LiteralType.Bool;
            case SpecialType.System_Int32: return LiteralType.Int;
            case SpecialType.System_Int64: return LiteralType.Long;
            case SpecialType.System_Double: return LiteralType.Double;
            case SpecialType.System_Decimal: return LiteralType.Decimal;
            case SpecialType.System_String: return LiteralType.String;
            case SpecialType.System_Char: return LiteralType.Char;
            case SpecialType.System_DateTime: return LiteralType.DateTime;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.Rank == 1 && From(array.ElementType, depth + 1) is { } item ? LiteralType.ArrayOf(item) : null;
        }

        if (type is INamedTypeSymbol { IsTupleType: true, TupleElements.Length: >= LiteralType.MinTupleItems and <= LiteralType.MaxTupleItems } tuple)
        {
            var items = tuple.TupleElements.Select(element => From(element.Type, depth + 1)).ToList();
            return items.All(item => item is not null) ? LiteralType.TupleOf(items!) : null;
        }

        if (type is not INamedTypeSymbol { IsGenericType: true } named)
        {
            return null;
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return From(named.TypeArguments[0], depth) is { } inner ? LiteralType.NullableOf(inner) : null;
        }

        if (named.ContainingNamespace?.ToDisplayString() != "System.Collections.Generic")
        {
            return null;
        }

        return named.MetadataName switch
        {
            "List`1" or "IList`1" or "ICollection`1" or "IEnumerable`1" or "IReadOnlyList`1" or "IReadOnlyCollection`1"
                => From(named.TypeArguments[0], depth + 1) is { } item ? LiteralType.ListOf(item) : null,
            "HashSet`1" or "ISet`1" or "IReadOnlySet`1"
                => From(named.TypeArguments[0], depth + 1) is { } item ? LiteralType.SetOf(item) : null,
            "Dictionary`2" or "IDictionary`2" or "IReadOnlyDictionary`2" when named.TypeArguments[0].SpecialType == SpecialType.System_String
                => From(named.TypeArguments[1], depth + 1) is { } value ? LiteralType.DictionaryOf(value) : null,
            _ => null,
        };
    }

    /// <summary>Fully qualified C# syntax for a literal type (immune to the program's own names).</summary>
    public static string Syntax(LiteralType type) => type.Kind switch
    {
        LiteralKind.Bool => "global::System.Boolean",
        LiteralKind.Int => "global::System.Int32",
        LiteralKind.Long => "global::System.Int64",
        LiteralKind.Double => "global::System.Double",
        LiteralKind.Decimal => "global::System.Decimal",
        LiteralKind.String => "global::System.String",
        LiteralKind.Char => "global::System.Char",
        LiteralKind.DateTime => "global::System.DateTime",
        LiteralKind.List => $"global::System.Collections.Generic.List<{Syntax(type.Element!)}>",
        LiteralKind.Array => $"{Syntax(type.Element!)}[]",
        LiteralKind.Set => $"global::System.Collections.Generic.HashSet<{Syntax(type.Element!)}>",
        LiteralKind.Dictionary => $"global::System.Collections.Generic.Dictionary<global::System.String, {Syntax(type.Element!)}>",
        LiteralKind.Tuple => $"global::System.ValueTuple<{string.Join(", ", type.Items.Select(Syntax))}>",
        _ => $"global::System.Nullable<{Syntax(type.Element!)}>",
    };
}
