// class: threads
// expected: rejected
// why: parallel linq; the gate refuses it (COC0007 or a gate check) before anything runs.
return Enumerable.Range(0, 100).AsParallel().Sum();
