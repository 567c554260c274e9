// class: threads
// expected: rejected COC0007
// why: thread pool flood; the gate refuses it (COC0007) before anything runs.
for (var i = 0; i < 10000; i++) { System.Threading.ThreadPool.QueueUserWorkItem(_ => { }); }
