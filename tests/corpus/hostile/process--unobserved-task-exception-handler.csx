// class: process
// expected: rejected COC0002
// why: a process-wide handler the host's finalizer thread calls for every faulted task nobody observed, during the run and after it; the guard's stop thrown there ends the process (COC0002).
System.Threading.Tasks.TaskScheduler.UnobservedTaskException += (sender, e) => { while (true) { } };
for (int i = 0; i < 100; i++) { _ = Task.FromException(new Exception("unobserved")); }
return 1;
