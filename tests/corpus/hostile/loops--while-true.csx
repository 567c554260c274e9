// class: loops
// expected: timeout
// why: an endless loop; the step budget ends it.
while (true) { }
