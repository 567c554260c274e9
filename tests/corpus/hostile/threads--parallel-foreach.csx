// class: threads
// expected: rejected COC0007
// why: parallel foreach; the gate refuses it (COC0007) before anything runs.
System.Threading.Tasks.Parallel.ForEach(new[] { 1, 2 }, _ => { });
return 0;
