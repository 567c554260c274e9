// class: slow-calls
// expected: timeout
// why: a 50-million-bit BigInteger? squared: the lifted operator of a nullable big integer, not BigInteger's own (before: the run abandoned at its deadline, its thread still computing).
System.Numerics.BigInteger? x = (System.Numerics.BigInteger.One << 50_000_000) - 1;
return (x * x)?.IsZero;
