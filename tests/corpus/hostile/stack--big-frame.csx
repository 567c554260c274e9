// class: stack
// expected: rejected COCR0008
// why: nine 8 KiB locals in one method: a 72 KiB frame.
struct S1 { public decimal A, B, C, D, E, F, G, H; }
struct S2 { public S1 A, B, C, D, E, F, G, H; }
struct S3 { public S2 A, B, C, D, E, F, G, H; }
decimal F() { S3 a = default, b = default, c = default, d = default, e = default, f = default, g = default, h = default, i = default; return a.A.A.A + b.A.A.A + c.A.A.A + d.A.A.A + e.A.A.A + f.A.A.A + g.A.A.A + h.A.A.A + i.A.A.A; }
return F();
