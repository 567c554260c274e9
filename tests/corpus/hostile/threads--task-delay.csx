// class: threads
// expected: rejected COC0007
// why: task delay; the gate refuses it (COC0007) before anything runs.
await System.Threading.Tasks.Task.Delay(100000);
return 0;
