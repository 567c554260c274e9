// class: threads
// expected: rejected
// why: parallel for; the gate refuses it (COC0007 or a gate check) before anything runs.
System.Threading.Tasks.Parallel.For(0, 1000, _ => { });
return 0;
