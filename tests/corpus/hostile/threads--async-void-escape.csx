// class: threads
// expected: rejected COCR0006
// why: an async void method escapes the run's await (COCR0006).
async void Later() { await System.Threading.Tasks.Task.Yield(); while (true) { } }
Later();
return 1;
