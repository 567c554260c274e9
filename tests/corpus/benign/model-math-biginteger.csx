// what: BigInteger factorial and digit sum
// input: 
// expected: "30414093201713378043612608166064768844377641568960512000000000000 216"
using System.Numerics;
BigInteger f = BigInteger.One;
for (int i = 2; i <= 50; i++) f *= i;
var digits = f.ToString().Sum(ch => ch - '0');
return $"{f} {digits}";
