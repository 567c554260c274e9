// class: recursion
// expected: recursion_limit
// why: two functions calling each other without end.
bool Even(int n) => n == 0 || Odd(n - 1);
bool Odd(int n) => n != 0 && Even(n - 1);
return Even(10_000_000);
