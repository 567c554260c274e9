// class: slow-calls
// expected: timeout
// why: a 50-million-bit BigInteger property squared by a compound assignment through a call (h.Next().P *= ...), a target the rewrite could not read twice (before: the run abandoned at its deadline, its thread still computing).
var h = new Holder { P = (System.Numerics.BigInteger.One << 50_000_000) - 1 };
h.Next().P *= h.P;
return h.P.IsZero;
class Holder { public System.Numerics.BigInteger P { get; set; } public Holder Next() => this; }
