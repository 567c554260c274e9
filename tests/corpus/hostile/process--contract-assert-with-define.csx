// class: process
// expected: rejected COC0002
// why: #define DEBUG makes Contract.Assert a real call, and its failure ends the host process (COC0002).
#define DEBUG
System.Diagnostics.Contracts.Contract.Assert(false);
return 1;
