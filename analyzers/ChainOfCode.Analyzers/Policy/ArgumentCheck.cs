namespace ChainOfCode.Analyzers.Rules;

/// <summary>How the runtime's guard rewrite checks an argument before a library call (a <c>[guards]</c> line's check word).</summary>
public enum ArgumentCheck
{
    /// <summary><c>items</c>: a count of items; count × the bytes of one item (<see cref="ArgumentHint.Detail"/>) must fit the budget.</summary>
    Items,

    /// <summary><c>bits</c>: a count of bits (a shift, a bit array's length): count / 8 bytes.</summary>
    Bits,

    /// <summary><c>bytes</c>: a count of bytes (a stream's length or position).</summary>
    Bytes,

    /// <summary><c>composite-format</c>: a composite format string ("{0,999999}"): the widest alignment and precision must fit.</summary>
    CompositeFormat,

    /// <summary><c>number-format</c>: a standard numeric format ("D999999999"): its precision must fit.</summary>
    NumberFormat,

    /// <summary><c>number-text</c>: a number's text; an exponent ("1e99999999") makes a big integer that many digits long.</summary>
    NumberText,

    /// <summary><c>regex-pattern</c>: a regular expression's pattern, capped in length.</summary>
    RegexPattern,

    /// <summary><c>regex-options</c>: regular expression options; <c>Compiled</c> is dropped (it compiles outside the budget).</summary>
    RegexOptions,

    /// <summary><c>json-depth</c>: a JSON reader's, writer's or serializer's <c>MaxDepth</c>, capped.</summary>
    JsonDepth,

    /// <summary>
    /// <c>grows-with</c>: the call's result grows with several of its inputs (Replace, Join, Pow, ...); the inputs
    /// (<see cref="ArgumentHint.Detail"/>, "this" is the receiver) are held as they are evaluated and the last one checks.
    /// </summary>
    GrowsWith,
}
