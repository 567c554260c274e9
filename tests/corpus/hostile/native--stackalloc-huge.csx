// class: native
// expected: rejected COC0005
// why: stackalloc huge; the gate refuses it (COC0005) before anything runs.
Span<byte> s = stackalloc byte[100_000_000];
return s.Length;
