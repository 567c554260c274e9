// class: threads
// expected: rejected COCR0006
// why: an async lambda converted to Action is async void: its exceptions land on the host's pool.
Action a = async () => { await System.Threading.Tasks.Task.Yield(); throw new Exception("escaped"); };
a();
return 1;
