// class: runtime-internals
// expected: rejected COCR0003
// why: names the guard's holder class (COCR0003).
__CocRun.Steps = 0;
while (true) { }
