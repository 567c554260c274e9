// class: memory
// expected: memory_limit
// why: an interpolation hole aligned to a billion characters.
var n = 1;
return $"{n,999999999}".Length;
