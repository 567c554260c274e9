// class: process
// expected: rejected
// why: gc settings; the gate refuses it (COC0002 or a gate check) before anything runs.
System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
return 0;
