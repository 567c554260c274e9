// what: Euclid's algorithm, recursive
// input: 
// expected: 6
int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

return Gcd(120, 198);
