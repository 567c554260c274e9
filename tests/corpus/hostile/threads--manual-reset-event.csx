// class: threads
// expected: rejected COC0007
// why: manual reset event; the gate refuses it (COC0007) before anything runs.
new System.Threading.ManualResetEventSlim(false).Wait();
return 0;
