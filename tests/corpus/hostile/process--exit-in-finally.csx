// class: process
// expected: rejected COC0002
// why: Environment.Exit in a finally block.
try { return 1; } finally { Environment.Exit(3); }
