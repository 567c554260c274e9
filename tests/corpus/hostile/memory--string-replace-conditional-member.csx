// class: memory
// expected: memory_limit
// why: string.Replace at the end of a ?. chain whose receiver starts with a member binding (h?.S.Replace): every one of 10 million characters becomes 100, 2 GB in one call; the receiver is held through the guard's extension __cocHold and the call is refused before it runs (before: the receiver could not be held, the check saw no text, 2.15 GB allocated).
var h = new H();
return h?.S.Replace("a", new string('b', 100)).Length;
class H { public string S = new string('a', 10_000_000); }
