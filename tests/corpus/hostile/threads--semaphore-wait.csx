// class: threads
// expected: rejected COC0007
// why: semaphore wait; the gate refuses it (COC0007) before anything runs.
var s = new System.Threading.SemaphoreSlim(0);
s.Wait();
return 0;
