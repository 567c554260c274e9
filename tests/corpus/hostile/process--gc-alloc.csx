// class: process
// expected: rejected COC0002
// why: gc alloc; the gate refuses it (COC0002) before anything runs.
GC.AddMemoryPressure(long.MaxValue);
return 0;
