// class: threads
// expected: rejected COC0007
// why: parallel for; the gate refuses it (COC0007) before anything runs.
System.Threading.Tasks.Parallel.For(0, 1000, _ => { });
return 0;
