// class: native
// expected: rejected COC0005
// why: stack growth by stackalloc in a loop; the gate refuses it (COC0005) before anything runs.
while (true) { Span<int> chunk = stackalloc int[16]; }
