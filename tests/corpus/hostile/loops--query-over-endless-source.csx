// class: loops
// expected: timeout
// why: a query expression over an endless iterator: every clause is a checkpoint.
IEnumerable<long> Forever() { var i = 0L; while (true) { yield return i++; } }
return (from i in Forever() let j = i * 2 where j >= 0 select j).Count();
