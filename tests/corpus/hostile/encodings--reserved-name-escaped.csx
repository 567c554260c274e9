// class: encodings
// expected: rejected COCR0003
// why: a reserved __coc name written with unicode escapes.
var \u005F\u005Fcoc = 1;
return \u005F\u005Fcoc;
