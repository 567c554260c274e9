// class: threads
// expected: rejected COC0007
// why: task run; the gate refuses it (COC0007) before anything runs.
System.Threading.Tasks.Task.Run(() => { while (true) { } });
return 0;
