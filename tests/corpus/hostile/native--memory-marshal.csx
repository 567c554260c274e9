// class: native
// expected: rejected
// why: memory marshal; the gate refuses it (COC0005 or a gate check) before anything runs.
return System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(new int[1]);
