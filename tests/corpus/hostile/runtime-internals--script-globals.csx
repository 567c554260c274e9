// class: runtime-internals
// expected: rejected COCR0003
// why: constructs the runtime's own globals type.
return new ChainOfCode.Runtime.ScriptGlobals(null!, null!) is null;
