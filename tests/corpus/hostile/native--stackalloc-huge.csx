// class: native
// expected: rejected
// why: stackalloc huge; the gate refuses it (COC0005 or a gate check) before anything runs.
Span<byte> s = stackalloc byte[100_000_000];
return s.Length;
