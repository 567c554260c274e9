// class: loops
// expected: timeout
// why: a loop in a finally block.
try { } finally { for (;;) { } }
