// class: exceptions
// expected: timeout
// why: an exception filter that never returns.
bool Spin() { while (true) { } }
try { throw new Exception(); } catch when (Spin()) { }
return 1;
