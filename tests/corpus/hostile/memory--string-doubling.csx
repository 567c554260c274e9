// class: memory
// expected: memory_limit
// why: a string that doubles each turn.
var s = "x";
while (true) { s += s; }
