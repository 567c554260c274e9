// class: threads
// expected: rejected COC0007
// why: a CancellationTokenSource with a delay is a timer: its callbacks run later on the pool.
var cts = new System.Threading.CancellationTokenSource(1000);
cts.Token.Register(() => { while (true) { } });
return 1;
