// class: loops
// expected: timeout
// why: a do-while that never ends.
do { } while (true);
