// class: runtime-internals
// expected: rejected
// why: guard reset; the gate refuses it (COC0011 or a gate check) before anything runs.
ChainOfCode.Runtime.ScriptRunner.Shared.Reset();
