// class: memory
// expected: memory_limit
// why: PadLeft to a billion characters.
return "x".PadLeft(1_000_000_000).Length;
