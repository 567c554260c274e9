// class: recursion
// expected: recursion_limit
// why: recursive lambda; the recursion guard stops it.
Func<int, int> f = null!;
f = n => f(n + 1) + 1;
return f(0);
