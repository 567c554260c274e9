// class: threads
// expected: rejected COC0007
// why: task factory; the gate refuses it (COC0007) before anything runs.
System.Threading.Tasks.Task.Factory.StartNew(() => { while (true) { } }, System.Threading.Tasks.TaskCreationOptions.LongRunning);
return 0;
