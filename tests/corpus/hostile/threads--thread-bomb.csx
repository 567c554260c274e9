// class: threads
// expected: rejected COC0007
// why: thread bomb; the gate refuses it (COC0007) before anything runs.
for (var i = 0; i < 10000; i++) { new System.Threading.Thread(() => { while (true) { } }).Start(); }
