// class: memory
// expected: memory_limit
// why: new string(char, count) of a billion characters.
return new string('x', 1_000_000_000).Length;
