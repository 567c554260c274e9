// class: loops
// expected: timeout
// why: a range concatenated with itself 30 times (a trillion items, no allocation) drained by one library call: every item of a Concat's second sequence passes a checkpoint.
var s = Enumerable.Range(0, 1000);
for (var i = 0; i < 30; i++) s = s.Concat(s);
return s.LongCount();
