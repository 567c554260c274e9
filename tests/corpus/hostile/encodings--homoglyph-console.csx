// class: encodings
// expected: compile_error
// why: a Cyrillic С in Сonsole: another identifier, which binds to nothing.
Сonsole.WriteLine(1);
return 1;
