// class: runtime-internals
// expected: rejected COCR0003
// why: the runtime's ScriptRunner through a using alias.
using Runner = ChainOfCode.Runtime.ScriptRunner;
Runner.Shared.Reset();
return 1;
