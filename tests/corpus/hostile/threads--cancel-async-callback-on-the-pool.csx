// class: threads
// expected: rejected COC0007
// why: CancellationTokenSource.CancelAsync runs the registered callbacks on the thread pool (COC0007 lists it, since round 19), where a callback would run script code beside the run's thread; the script's own Cancel() runs them on its thread and stays allowed.
var cts = new System.Threading.CancellationTokenSource();
cts.Token.Register(() => { while (true) { } });
await cts.CancelAsync();
return 1;
