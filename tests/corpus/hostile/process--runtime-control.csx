// class: process
// expected: rejected COC0002
// why: runtime control; the gate refuses it (COC0002) before anything runs.
GC.Collect(); AppContext.SetSwitch("x", true);
