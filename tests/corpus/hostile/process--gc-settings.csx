// class: process
// expected: rejected COC0002
// why: gc settings; the gate refuses it (COC0002) before anything runs.
System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
return 0;
