// class: loops
// expected: timeout
// why: a loop made of goto; checkpoints sit on every backward jump.
var i = 0;
start: i++;
goto start;
