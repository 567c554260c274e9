// class: threads
// expected: rejected
// why: new thread; the gate refuses it (COC0007 or a gate check) before anything runs.
new System.Threading.Thread(() => { while (true) { } }).Start();
return 0;
