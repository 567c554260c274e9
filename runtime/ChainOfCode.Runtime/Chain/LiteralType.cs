using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// The C# type an emulated value must have: a literal (bool, int, long, double, decimal, string, char,
/// DateTime) or a list, array, set, string-keyed dictionary, nullable or value tuple of literals. It travels between
/// host and worker as its C# spelling (<see cref="ToString"/>, <see cref="Parse"/>), and names the .NET
/// type a reply is built into (<see cref="ClrType"/>).
/// </summary>
[JsonConverter(typeof(LiteralTypeJsonConverter))]
public sealed record LiteralType
{
    private static readonly Dictionary<string, LiteralKind> Keywords = new(StringComparer.Ordinal)
    {
        ["bool"] = LiteralKind.Bool,
        ["int"] = LiteralKind.Int,
        ["long"] = LiteralKind.Long,
        ["double"] = LiteralKind.Double,
        ["decimal"] = LiteralKind.Decimal,
        ["string"] = LiteralKind.String,
        ["char"] = LiteralKind.Char,
        ["DateTime"] = LiteralKind.DateTime,
    };

    private static readonly Dictionary<Type, LiteralKind> Scalars = new()
    {
        [typeof(bool)] = LiteralKind.Bool,
        [typeof(int)] = LiteralKind.Int,
        [typeof(long)] = LiteralKind.Long,
        [typeof(double)] = LiteralKind.Double,
        [typeof(decimal)] = LiteralKind.Decimal,
        [typeof(string)] = LiteralKind.String,
        [typeof(char)] = LiteralKind.Char,
        [typeof(DateTime)] = LiteralKind.DateTime,
    };

    // Sequence interfaces a List<T> satisfies: a variable of one of these types receives a List<T>.
    private static readonly HashSet<Type> ListShapes =
    [
        typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(IEnumerable<>), typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>),
    ];

    private LiteralType(LiteralKind kind, LiteralType? element, IReadOnlyList<LiteralType>? items = null)
    {
        Kind = kind;
        Element = element;
        Items = items ?? [];
    }

    /// <summary>The shape.</summary>
    public LiteralKind Kind { get; }

    /// <summary>The item type of a list, array or set, the value type of a dictionary, the inner type of a nullable.</summary>
    public LiteralType? Element { get; }

    /// <summary>The item types of a tuple, in order; empty for every other shape.</summary>
    public IReadOnlyList<LiteralType> Items { get; }

    /// <summary>Fewest and most items in a tuple.</summary>
    public const int MinTupleItems = 2, MaxTupleItems = 7;

    /// <summary>Most nested collections in one type (<c>List&lt;List&lt;int&gt;&gt;</c> is 2).</summary>
    public const int MaxNesting = 8;

    /// <summary><c>bool</c>.</summary>
    public static LiteralType Bool { get; } = new(LiteralKind.Bool, null);

    /// <summary><c>int</c>.</summary>
    public static LiteralType Int { get; } = new(LiteralKind.Int, null);

    /// <summary><c>long</c>.</summary>
    public static LiteralType Long { get; } = new(LiteralKind.Long, null);

    /// <summary><c>double</c>.</summary>
    public static LiteralType Double { get; } = new(LiteralKind.Double, null);

    /// <summary><c>decimal</c>.</summary>
    public static LiteralType Decimal { get; } = new(LiteralKind.Decimal, null);

    /// <summary><c>string</c>.</summary>
    public static LiteralType String { get; } = new(LiteralKind.String, null);

    /// <summary><c>char</c>.</summary>
    public static LiteralType Char { get; } = new(LiteralKind.Char, null);

    /// <summary><c>DateTime</c>.</summary>
    public static LiteralType DateTime { get; } = new(LiteralKind.DateTime, null);

    /// <summary>The .NET type a reply of this type is built into.</summary>
    public Type ClrType => Kind switch
    {
        LiteralKind.List => typeof(List<>).MakeGenericType(Element!.ClrType),
        LiteralKind.Array => Element!.ClrType.MakeArrayType(),
        LiteralKind.Set => typeof(HashSet<>).MakeGenericType(Element!.ClrType),
        LiteralKind.Dictionary => typeof(Dictionary<,>).MakeGenericType(typeof(string), Element!.ClrType),
        LiteralKind.Nullable => typeof(Nullable<>).MakeGenericType(Element!.ClrType),
        LiteralKind.Tuple => TupleDefinitions[Items.Count - MinTupleItems].MakeGenericType([.. Items.Select(item => item.ClrType)]),
        _ => Scalars.First(pair => pair.Value == Kind).Key,
    };

    /// <summary><c>List&lt;T&gt;</c>.</summary>
    public static LiteralType ListOf(LiteralType item) => Collection(LiteralKind.List, item);

    /// <summary><c>T[]</c>.</summary>
    public static LiteralType ArrayOf(LiteralType item) => Collection(LiteralKind.Array, item);

    /// <summary><c>HashSet&lt;T&gt;</c>.</summary>
    public static LiteralType SetOf(LiteralType item) => Collection(LiteralKind.Set, item);

    /// <summary><c>Dictionary&lt;string, T&gt;</c>.</summary>
    public static LiteralType DictionaryOf(LiteralType value) => Collection(LiteralKind.Dictionary, value);

    /// <summary><c>(T1, T2, ...)</c>: a value tuple of 2 to 7 items.</summary>
    public static LiteralType TupleOf(IReadOnlyList<LiteralType> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count is < MinTupleItems or > MaxTupleItems || items.Any(item => item is null))
        {
            throw new ArgumentException($"An emulated tuple has {MinTupleItems} to {MaxTupleItems} items.", nameof(items));
        }

        if (items.Max(item => item.Depth) + 1 > MaxNesting)
        {
            throw new ArgumentException($"Emulated values nest at most {MaxNesting} collections deep.", nameof(items));
        }

        return new LiteralType(LiteralKind.Tuple, null, [.. items]);
    }

    /// <summary>Same shape, element and items.</summary>
    public bool Equals(LiteralType? other) =>
        other is not null && Kind == other.Kind && Equals(Element, other.Element) && Items.SequenceEqual(other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => Items.Aggregate(HashCode.Combine(Kind, Element), (hash, item) => HashCode.Combine(hash, item));

    /// <summary><c>T?</c> of a value type.</summary>
    public static LiteralType NullableOf(LiteralType value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Kind is LiteralKind.Nullable || !value.ClrType.IsValueType)
        {
            throw new ArgumentException($"'{value}?' is not a nullable value type.", nameof(value));
        }

        return new LiteralType(LiteralKind.Nullable, value);
    }

    /// <summary>The literal type of a .NET type, or null when an emulator cannot produce one.</summary>
    public static LiteralType? FromType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return FromType(type, 0);
    }

    /// <summary>Reads a C# spelling: <c>bool</c>, <c>List&lt;string&gt;</c>, <c>int[]</c>, <c>Dictionary&lt;string, int&gt;</c>, <c>DateTime?</c>.</summary>
    public static LiteralType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        int position = 0;
        LiteralType type = ParseType(compact, ref position, 0);
        if (position != compact.Length)
        {
            throw new FormatException($"'{text}' is not a type an emulator can return.");
        }

        return type;
    }

    /// <summary>The C# spelling.</summary>
    public override string ToString() => Kind switch
    {
        LiteralKind.List => $"List<{Element}>",
        LiteralKind.Array => $"{Element}[]",
        LiteralKind.Set => $"HashSet<{Element}>",
        LiteralKind.Dictionary => $"Dictionary<string, {Element}>",
        LiteralKind.Nullable => $"{Element}?",
        LiteralKind.Tuple => $"({string.Join(", ", Items)})",
        _ => Keywords.First(pair => pair.Value == Kind).Key,
    };

    private static readonly Type[] TupleDefinitions =
    [
        typeof(ValueTuple<,>), typeof(ValueTuple<,,>), typeof(ValueTuple<,,,>), typeof(ValueTuple<,,,,>), typeof(ValueTuple<,,,,,>), typeof(ValueTuple<,,,,,,>),
    ];

    private int Depth => Kind == LiteralKind.Tuple ? 1 + Items.Max(item => item.Depth) : Element is null ? 0 : 1 + Element.Depth;

    private static LiteralType Collection(LiteralKind kind, LiteralType item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Depth + 1 > MaxNesting)
        {
            throw new ArgumentException($"Emulated values nest at most {MaxNesting} collections deep.", nameof(item));
        }

        return new LiteralType(kind, item);
    }

    private static LiteralType? FromType(Type type, int depth)
    {
        if (depth > MaxNesting)
        {
            return null;
        }

        if (Scalars.TryGetValue(type, out LiteralKind scalar))
        {
            return new LiteralType(scalar, null);
        }

        if (type.IsArray)
        {
            return type.GetArrayRank() == 1 && FromType(type.GetElementType()!, depth + 1) is { } item ? ArrayOf(item) : null;
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        Type definition = type.GetGenericTypeDefinition();
        Type[] arguments = type.GetGenericArguments();
        if (definition == typeof(Nullable<>))
        {
            return FromType(arguments[0], depth) is { } inner ? NullableOf(inner) : null;
        }

        if (Array.IndexOf(TupleDefinitions, definition) >= 0)
        {
            var items = arguments.Select(argument => FromType(argument, depth + 1)).ToList();
            return items.All(item => item is not null) ? TupleOf(items!) : null;
        }

        if (ListShapes.Contains(definition))
        {
            return FromType(arguments[0], depth + 1) is { } item ? ListOf(item) : null;
        }

        if (definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>))
        {
            return FromType(arguments[0], depth + 1) is { } item ? SetOf(item) : null;
        }

        if ((definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)) && arguments[0] == typeof(string))
        {
            return FromType(arguments[1], depth + 1) is { } value ? DictionaryOf(value) : null;
        }

        return null;
    }

    private static LiteralType ParseType(string text, ref int position, int depth)
    {
        if (depth > MaxNesting)
        {
            throw new FormatException($"Emulated values nest at most {MaxNesting} collections deep.");
        }

        int start = position;
        while (position < text.Length && char.IsAsciiLetter(text[position]))
        {
            position++;
        }

        string name = text[start..position];
        LiteralType type;
        if (name.Length == 0 && position < text.Length && text[position] == '(')
        {
            var items = new List<LiteralType>();
            do
            {
                position++;
                items.Add(ParseType(text, ref position, depth + 1));
            }
            while (position < text.Length && text[position] == ',' && items.Count < MaxTupleItems);

            Expect(text, ref position, ')');
            if (items.Count < MinTupleItems)
            {
                throw new FormatException($"An emulated tuple has {MinTupleItems} to {MaxTupleItems} items.");
            }

            type = TupleOf(items);
        }
        else if (Keywords.TryGetValue(name, out LiteralKind scalar))
        {
            type = new LiteralType(scalar, null);
        }
        else if (name is "List" or "HashSet" or "Dictionary")
        {
            Expect(text, ref position, '<');
            if (name == "Dictionary")
            {
                if (!text.AsSpan(position).StartsWith("string,", StringComparison.Ordinal))
                {
                    throw new FormatException("Emulated dictionaries have string keys.");
                }

                position += "string,".Length;
            }

            LiteralType item = ParseType(text, ref position, depth + 1);
            Expect(text, ref position, '>');
            type = name switch { "List" => ListOf(item), "HashSet" => SetOf(item), _ => DictionaryOf(item) };
        }
        else
        {
            throw new FormatException($"'{(name.Length > 0 ? name : text[start..])}' is not a type an emulator can return.");
        }

        while (position < text.Length && (text[position] == '[' || text[position] == '?'))
        {
            if (text[position] == '?')
            {
                position++;
                if (!type.ClrType.IsValueType || type.Kind == LiteralKind.Nullable)
                {
                    throw new FormatException($"'{type}?' is not a nullable value type.");
                }

                type = NullableOf(type);
            }
            else
            {
                position++;
                Expect(text, ref position, ']');
                type = ArrayOf(type);
            }
        }

        return type;
    }

    private static void Expect(string text, ref int position, char expected)
    {
        if (position >= text.Length || text[position] != expected)
        {
            throw new FormatException($"Expected '{expected}' in the type '{text}'.");
        }

        position++;
    }
}
