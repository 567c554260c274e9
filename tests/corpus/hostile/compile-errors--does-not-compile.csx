// class: compile-errors
// expected: compile_error
// why: not C#: answered as a compile error, nothing runs.
return 1 +;
