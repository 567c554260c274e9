// what: recursive Fibonacci in a local function
// input: 
// expected: 21
int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

return Fib(8);
