// class: threads
// expected: rejected
// why: task delay; the gate refuses it (COC0007 or a gate check) before anything runs.
await System.Threading.Tasks.Task.Delay(100000);
return 0;
