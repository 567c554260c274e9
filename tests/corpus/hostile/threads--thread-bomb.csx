// class: threads
// expected: rejected
// why: thread bomb; the gate refuses it (COC0007 or a gate check) before anything runs.
for (var i = 0; i < 10000; i++) { new System.Threading.Thread(() => { while (true) { } }).Start(); }
