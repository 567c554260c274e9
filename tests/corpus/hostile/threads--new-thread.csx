// class: threads
// expected: rejected COC0007
// why: new thread; the gate refuses it (COC0007) before anything runs.
new System.Threading.Thread(() => { while (true) { } }).Start();
return 0;
