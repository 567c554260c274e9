// class: compile-errors
// expected: compile_error
// why: not valid C#: answered as a compile error, nothing runs.
if (true) {
return 1;
