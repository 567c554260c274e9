// class: runtime-internals
// expected: rejected COCR0003
// why: names the runtime's own ScriptRunner to reset the kill switch; reserved for the runtime (COCR0003) whatever the policy.
ChainOfCode.Runtime.ScriptRunner.Shared.Reset();
