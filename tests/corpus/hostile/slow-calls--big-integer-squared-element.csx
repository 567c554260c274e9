// class: slow-calls
// expected: timeout
// why: a 50-million-bit BigInteger squared by a compound assignment on an element whose index has an effect (a[i++] *= ...), a target the rewrite could not read twice (before: the run abandoned at its deadline, its thread still computing).
var a = new[] { (System.Numerics.BigInteger.One << 50_000_000) - 1 };
var i = 0;
a[i++] *= a[0];
return a[0].IsZero;
