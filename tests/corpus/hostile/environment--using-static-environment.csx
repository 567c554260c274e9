// class: environment
// expected: rejected COC0006
// why: GetEnvironmentVariable called unqualified through using static.
using static System.Environment;
return GetEnvironmentVariable("COC_CANARY_SECRET");
