// expected: recursion_limit — unbounded recursion hits the depth counter long before the stack runs out.
long Down(long n) => Down(n + 1) + 1;
return Down(0);
