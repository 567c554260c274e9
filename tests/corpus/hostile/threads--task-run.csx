// class: threads
// expected: rejected
// why: task run; the gate refuses it (COC0007 or a gate check) before anything runs.
System.Threading.Tasks.Task.Run(() => { while (true) { } });
return 0;
