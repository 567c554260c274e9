// class: memory
// expected: memory_limit
// why: StringBuilder.Append(char, count) with a count of a billion.
return new StringBuilder().Append('x', 1_000_000_000).Length;
