// class: threads
// expected: rejected
// why: task factory; the gate refuses it (COC0007 or a gate check) before anything runs.
System.Threading.Tasks.Task.Factory.StartNew(() => { while (true) { } }, System.Threading.Tasks.TaskCreationOptions.LongRunning);
return 0;
