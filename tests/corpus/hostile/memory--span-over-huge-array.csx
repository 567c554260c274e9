// class: memory
// expected: memory_limit
// why: a Span over an array far past the budget, in a local function (a Span cannot be a script field).
int Size() { Span<long> s = new long[400_000_000]; return s.Length; }
return Size();
