// class: loops
// expected: timeout
// why: an empty sequence concatenated with itself 60 times: 2^60 enumerators walked by one library call, no item ever yielded.
var s = Enumerable.Empty<int>();
for (var i = 0; i < 60; i++) s = s.Concat(s);
return s.ToArray().Length;
