// class: threads
// expected: timeout
// why: an endless loop of awaits: every continuation comes back to the run's thread and passes a checkpoint.
async System.Threading.Tasks.Task Spin() { while (true) { await System.Threading.Tasks.Task.Yield(); } }
await Spin();
