// what: Euclid's algorithm, recursive
// input: 
// expected: 36
int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

return Gcd(108, 180);
