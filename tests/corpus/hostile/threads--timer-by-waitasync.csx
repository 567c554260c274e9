// class: threads
// expected: rejected
// why: timer by WaitAsync; the gate refuses it (COC0007 or a gate check) before anything runs.
await System.Threading.Tasks.Task.CompletedTask.WaitAsync(TimeSpan.FromSeconds(1));
