// class: recursion
// expected: recursion_limit
// why: deep recursion with accumulator; the recursion guard stops it.
long Sum(long n) => n == 0 ? 0 : n + Sum(n - 1);
return Sum(100_000_000);
