// class: threads
// expected: rejected COC0007
// why: a TaskCompletionSource completes a task from elsewhere.
var tcs = new System.Threading.Tasks.TaskCompletionSource<int>();
return tcs.Task.Status.ToString();
