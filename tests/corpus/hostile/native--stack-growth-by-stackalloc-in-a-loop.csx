// class: native
// expected: rejected
// why: stack growth by stackalloc in a loop; the gate refuses it (COC0005 or a gate check) before anything runs.
while (true) { Span<int> chunk = stackalloc int[16]; }
