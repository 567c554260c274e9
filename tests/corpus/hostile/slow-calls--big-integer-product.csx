// class: slow-calls
// expected: timeout
// why: two BigIntegers of 40 million bits multiplied by the operator: one call of minutes, within the memory budget (before: the run abandoned at its deadline, its thread still computing).
var x = (System.Numerics.BigInteger.One << 40_000_000) - 1;
var y = (System.Numerics.BigInteger.One << 40_000_000) - 3;
return (x * y).IsZero;
