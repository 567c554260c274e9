// class: runtime-internals
// expected: rejected COCR0003
// why: a declared name starting with __COC in another case.
var __COCSteps = 0;
return __COCSteps;
