// class: threads
// expected: rejected COC0007
// why: Monitor blocks on other threads.
var gate = new object();
lock (gate) { System.Threading.Monitor.Wait(gate); }
return 1;
