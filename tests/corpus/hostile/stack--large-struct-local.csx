// class: stack
// expected: rejected COCR0008
// why: a struct of 32 KiB built from nested structs: one local overflows below the probe.
struct S1 { public decimal A, B, C, D, E, F, G, H; }
struct S2 { public S1 A, B, C, D, E, F, G, H; }
struct S3 { public S2 A, B, C, D, E, F, G, H; }
struct S4 { public S3 A, B, C, D; }
S4 Make() => default;
return Make().A.A.A.A;
