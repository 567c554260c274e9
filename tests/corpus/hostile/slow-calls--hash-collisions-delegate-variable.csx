// class: slow-calls
// expected: timeout
// why: set.Add kept in a Func<long, bool> variable, then keys.Count(add) over 400,000 keys that hash to 0: the delegate is a library method, so Count runs no script code per item; the method group made a delegate passes a checkpoint per call (before: abandoned at the deadline).
var keys = new long[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); }
var set = new HashSet<long>();
Func<long, bool> add = set.Add;
return keys.Count(add);
