// class: threads
// expected: rejected
// why: thread pool flood; the gate refuses it (COC0007 or a gate check) before anything runs.
for (var i = 0; i < 10000; i++) { System.Threading.ThreadPool.QueueUserWorkItem(_ => { }); }
