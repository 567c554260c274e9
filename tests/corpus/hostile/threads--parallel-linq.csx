// class: threads
// expected: rejected COC0007
// why: parallel linq; the gate refuses it (COC0007) before anything runs.
return Enumerable.Range(0, 100).AsParallel().Sum();
