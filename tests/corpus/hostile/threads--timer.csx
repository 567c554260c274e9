// class: threads
// expected: rejected COC0007
// why: timer; the gate refuses it (COC0007) before anything runs.
var t = new System.Threading.Timer(_ => Console.WriteLine(1), null, 0, 1);
return 0;
