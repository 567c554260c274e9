// class: exceptions
// expected: timeout
// why: a finally that throws its own exception to replace the guard's stop, caught and retried: the stop is sticky.
for (;;) { try { try { for (;;) { } } finally { throw new InvalidOperationException(); } } catch (InvalidOperationException) { } }
