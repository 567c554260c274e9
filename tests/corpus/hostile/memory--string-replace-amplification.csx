// class: memory
// expected: memory_limit
// why: Replace that turns every character into a thousand.
var s = new string('a', 1_000_000);
return s.Replace("a", new string('b', 1_000)).Length;
