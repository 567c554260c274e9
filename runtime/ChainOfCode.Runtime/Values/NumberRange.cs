namespace ChainOfCode.Runtime;

/// <summary>An inclusive range a numeric argument must lie in.</summary>
/// <param name="Min">Smallest allowed value.</param>
/// <param name="Max">Largest allowed value.</param>
public readonly record struct NumberRange(double Min, double Max)
{
    /// <summary>True when the value lies in the range.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
