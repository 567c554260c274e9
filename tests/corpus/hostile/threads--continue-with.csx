// class: threads
// expected: rejected COC0007
// why: ContinueWith schedules script code on the thread pool.
System.Threading.Tasks.Task.CompletedTask.ContinueWith(_ => { while (true) { } });
return 1;
