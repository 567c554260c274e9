// class: threads
// expected: succeeded
// why: an async lambda never awaited: its continuation goes to the run's own context, which closes with the run, so it never runs.
Func<System.Threading.Tasks.Task> spin = async () => { await System.Threading.Tasks.Task.Yield(); while (true) { } };
_ = spin();
return 1;
