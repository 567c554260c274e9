// class: exceptions
// expected: recursion_limit
// why: recursion that catches every exception and recurses again from the catch.
int Deep(int n) { try { return Deep(n + 1); } catch (Exception) { return Deep(n + 1); } }
return Deep(0);
