// class: recursion
// expected: recursion_limit
// why: a lambda that calls a local function that calls the lambda.
Func<int, int> f = null!;
int G(int n) => f(n + 1);
f = n => G(n) + 1;
return f(0);
