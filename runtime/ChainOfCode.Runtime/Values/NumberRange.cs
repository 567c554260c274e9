using System.Text.Json.Serialization;

namespace ChainOfCode.Runtime;

/// <summary>An inclusive range a numeric argument must lie in; either end may be infinite (a one-sided range).</summary>
/// <param name="Min">Smallest allowed value.</param>
/// <param name="Max">Largest allowed value.</param>
// Infinite ends travel to the worker as "Infinity"/"-Infinity": JSON numbers cannot hold them.
[JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)]
public readonly record struct NumberRange(double Min, double Max)
{
    /// <summary>True when the value lies in the range.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
