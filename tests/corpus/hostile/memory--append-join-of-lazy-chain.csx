// class: memory
// expected: memory_limit
// why: StringBuilder.AppendJoin over a reversed repetition (lazy, no script code): 600 million characters in one call.
var big = new string('x', 10_000_000);
return new System.Text.StringBuilder().AppendJoin(",", Enumerable.Repeat(big, 60).Reverse()).Length;
