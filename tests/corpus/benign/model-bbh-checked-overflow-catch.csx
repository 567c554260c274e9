// what: checked arithmetic that overflows is caught and retried in long, with unchecked wrap-around shown too
// input: 
// expected: "10!=3628800 13!=6227020800L 20!=2432902008176640000L wrap=-2147483648"
int Factorial(int n) { int r = 1; for (int i = 2; i <= n; i++) r = checked(r * i); return r; }
long FactorialLong(int n) { long r = 1; for (int i = 2; i <= n; i++) r = checked(r * i); return r; }
var results = new List<string>();
foreach (int n in new[] { 10, 13, 20 })
{
    try { results.Add($"{n}!={Factorial(n)}"); }
    catch (OverflowException) { results.Add($"{n}!={FactorialLong(n)}L"); }
}
int wrapped = unchecked(int.MaxValue + 1);
return string.Join(" ", results) + $" wrap={wrapped}";
