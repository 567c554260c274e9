// class: stack
// expected: rejected COCR0008
// why: an inline array of 100,000 ints is a 400 KB value type.
[System.Runtime.CompilerServices.InlineArray(100_000)] struct Buffer { private int _e; }
Buffer Make() => default;
return Make()[0];
