// class: native
// expected: rejected COC0005
// why: memory marshal; the gate refuses it (COC0005) before anything runs.
return System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(new int[1]);
