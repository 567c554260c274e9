// class: threads
// expected: rejected COC0007
// why: thread sleep; the gate refuses it (COC0007) before anything runs.
System.Threading.Thread.Sleep(100000);
return 0;
