// class: exceptions
// expected: timeout
// why: a catch-all around an endless loop, retried forever: the guard's stop cannot be caught.
while (true) { try { while (true) { } } catch { } }
