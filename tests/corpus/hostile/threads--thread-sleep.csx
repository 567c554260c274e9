// class: threads
// expected: rejected
// why: thread sleep; the gate refuses it (COC0007 or a gate check) before anything runs.
System.Threading.Thread.Sleep(100000);
return 0;
