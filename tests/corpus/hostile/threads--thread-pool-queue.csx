// class: threads
// expected: rejected
// why: thread pool queue; the gate refuses it (COC0007 or a gate check) before anything runs.
System.Threading.ThreadPool.QueueUserWorkItem(_ => { while (true) { } });
return 0;
