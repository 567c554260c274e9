// what: Euclid's algorithm, recursive
// input: 
// expected: 12
int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

return Gcd(84, 144);
