// what: Euclid's algorithm, recursive
// input: 
// expected: 18
int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

return Gcd(72, 126);
