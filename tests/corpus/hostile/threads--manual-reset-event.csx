// class: threads
// expected: rejected
// why: manual reset event; the gate refuses it (COC0007 or a gate check) before anything runs.
new System.Threading.ManualResetEventSlim(false).Wait();
return 0;
