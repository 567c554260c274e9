// class: threads
// expected: rejected
// why: parallel foreach; the gate refuses it (COC0007 or a gate check) before anything runs.
System.Threading.Tasks.Parallel.ForEach(new[] { 1, 2 }, _ => { });
return 0;
