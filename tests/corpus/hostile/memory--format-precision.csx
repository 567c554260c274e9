// class: memory
// expected: memory_limit
// why: a numeric format precision of a billion digits.
return 1.ToString("D999999999").Length;
