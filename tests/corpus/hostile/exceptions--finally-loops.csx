// class: exceptions
// expected: timeout
// why: a loop in the finally of a loop: the finally's checkpoints throw again.
try { while (true) { } } finally { while (true) { } }
