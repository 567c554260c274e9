// class: threads
// expected: rejected
// why: timer; the gate refuses it (COC0007 or a gate check) before anything runs.
var t = new System.Threading.Timer(_ => Console.WriteLine(1), null, 0, 1);
return 0;
