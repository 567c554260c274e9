// class: slow-calls
// expected: timeout
// why: A set of 20,000 keys that hash to 0, then list.RemoveAll(set.Contains) over 400,000 of them: a List method runs the library method group per item, each call walks the whole chain, and RemoveAll is one call; the method group made a delegate passes a checkpoint per call (before: abandoned at the deadline).
var keys = new List<long>();
for (long i = 0; i < 400_000; i++) { keys.Add(i | (i << 32)); }
var set = new HashSet<long>();
for (int i = 0; i < 20_000; i++) { set.Add(keys[i]); }
return keys.RemoveAll(set.Contains);
