// class: process
// expected: rejected COC0002
// why: string.Intern leaves process-wide state behind for every later run.
return string.Intern("x" + 1);
