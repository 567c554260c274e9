// class: process
// expected: rejected
// why: gc alloc; the gate refuses it (COC0002 or a gate check) before anything runs.
GC.AddMemoryPressure(long.MaxValue);
return 0;
