// class: recursion
// expected: recursion_limit
// why: unbounded recursion; the depth counter ends it.
long Down(long n) => Down(n + 1) + 1;
return Down(0);
