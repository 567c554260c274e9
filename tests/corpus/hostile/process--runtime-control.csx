// class: process
// expected: rejected
// why: runtime control; the gate refuses it (COC0002 or a gate check) before anything runs.
GC.Collect(); AppContext.SetSwitch("x", true);
