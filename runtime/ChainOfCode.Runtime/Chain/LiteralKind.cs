namespace ChainOfCode.Runtime.Chain;

/// <summary>The shapes of value an emulator may return: JSON literals and collections of them, nothing that runs code.</summary>
public enum LiteralKind
{
    /// <summary><c>bool</c>: JSON true or false.</summary>
    Bool,

    /// <summary><c>int</c>: a JSON integer in range.</summary>
    Int,

    /// <summary><c>long</c>: a JSON integer in range.</summary>
    Long,

    /// <summary><c>double</c>: a finite JSON number.</summary>
    Double,

    /// <summary><c>decimal</c>: a JSON number in range.</summary>
    Decimal,

    /// <summary><c>string</c>: a JSON string.</summary>
    String,

    /// <summary><c>char</c>: a JSON string of one character.</summary>
    Char,

    /// <summary><c>DateTime</c>: a JSON string in ISO 8601 (<c>2024-03-01</c> or <c>2024-03-01T12:00:00</c>).</summary>
    DateTime,

    /// <summary><c>List&lt;T&gt;</c> (and the sequence interfaces it implements): a JSON array.</summary>
    List,

    /// <summary><c>T[]</c>: a JSON array.</summary>
    Array,

    /// <summary><c>HashSet&lt;T&gt;</c>: a JSON array without repeated items.</summary>
    Set,

    /// <summary><c>Dictionary&lt;string, T&gt;</c>: a JSON object.</summary>
    Dictionary,

    /// <summary><c>T?</c> of a value type: the value or JSON null.</summary>
    Nullable,

    /// <summary><c>(T1, T2, ...)</c>, a value tuple of 2 to 7 items: a JSON array of exactly that many items, each of its own type.</summary>
    Tuple,
}
