// class: threads
// expected: rejected COC0007
// why: thread pool queue; the gate refuses it (COC0007) before anything runs.
System.Threading.ThreadPool.QueueUserWorkItem(_ => { while (true) { } });
return 0;
