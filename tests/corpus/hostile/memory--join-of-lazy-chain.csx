// class: memory
// expected: memory_limit
// why: string.Join over a repetition with one more item appended (lazy, no script code): 600 million characters in one call.
var big = new string('x', 10_000_000);
return string.Join(",", Enumerable.Repeat(big, 59).Append(big)).Length;
