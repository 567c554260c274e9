// class: memory
// expected: memory_limit
// why: string.Concat over a repeated string: a billion characters from a small source.
return string.Concat(Enumerable.Repeat("abcdefghij", 100_000_000)).Length;
