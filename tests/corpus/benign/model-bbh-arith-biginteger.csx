// what: multistep_arithmetic with BigInteger for products that overflow long, and Math functions
// input: 
// expected: "-505794617955031696724358865800 1267650600228229401496703205376 -73095039 8 sign=-1 digits=30 1.414214 81 7"
using System.Numerics;

var factors = new long[] { 9_876_543_210, 1_234_567_890, -987_654_321, 42 };
BigInteger product = BigInteger.One;
foreach (long f in factors) product *= f;
BigInteger power = BigInteger.Pow(2, 100);
BigInteger remainder = BigInteger.Remainder(product, 1_000_000_007);
var gcd = BigInteger.GreatestCommonDivisor(product, power);
return $"{product} {power} {remainder} {gcd} sign={product.Sign} digits={BigInteger.Abs(product).ToString().Length} {Math.Round(Math.Sqrt(2), 6)} {Math.Pow(3, 4)} {Math.Abs(-7)}";
