// class: slow-calls
// expected: timeout
// why: ImmutableHashSet.Create(keys) of an array of 400,000 keys that hash to 0 binds to its span overload, which takes every key at once; the set is made by CreateRange of the array as a sequence instead, a checkpoint per key (before: abandoned at the deadline).
using System.Collections.Immutable;
var keys = new long[400_000];
for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); }
return ImmutableHashSet.Create(keys).Count;
