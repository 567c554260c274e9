// class: threads
// expected: rejected COC0007
// why: timer by WaitAsync; the gate refuses it (COC0007) before anything runs.
await System.Threading.Tasks.Task.CompletedTask.WaitAsync(TimeSpan.FromSeconds(1));
