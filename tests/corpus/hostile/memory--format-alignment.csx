// class: memory
// expected: memory_limit
// why: a composite format alignment of a billion characters.
return string.Format("{0,999999999}", 1).Length;
