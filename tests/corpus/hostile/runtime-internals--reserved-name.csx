// class: runtime-internals
// expected: rejected
// why: names the guard's holder class (COCR0003).
__CocRun.Steps = 0;
while (true) { }
