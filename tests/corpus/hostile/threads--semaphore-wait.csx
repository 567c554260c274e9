// class: threads
// expected: rejected
// why: semaphore wait; the gate refuses it (COC0007 or a gate check) before anything runs.
var s = new System.Threading.SemaphoreSlim(0);
s.Wait();
return 0;
