// what: money math with decimal: banker's and away-from-zero rounding, splitting a bill into cents without loss, compound interest and a checked overflow caught
// input: 
// expected: "33.34/33.33/33.33 100.00 1628.88 2.34 2.35 -2 -7 caught -2147483648 3.3333333333333333333333333333"
decimal total = 100.00m;
int people = 3;
decimal share = Math.Floor(total / people * 100) / 100;
decimal remainder = total - share * people;
var shares = Enumerable.Repeat(share, people).ToArray();
for (int i = 0; remainder > 0; i++, remainder -= 0.01m) shares[i] += 0.01m;

decimal balance = 1000m;
for (int year = 0; year < 10; year++) balance = Math.Round(balance * 1.05m, 2, MidpointRounding.ToEven);

string overflow = "none";
try
{
    int big = int.MaxValue;
    checked { big += 1; }
}
catch (OverflowException) { overflow = "caught"; }
int wrapped = unchecked(int.MaxValue + 1);

return $"{string.Join("/", shares)} {shares.Sum()} {balance} {Math.Round(2.345m, 2)} {Math.Round(2.345m, 2, MidpointRounding.AwayFromZero)} {Math.Round(-2.5)} {decimal.Truncate(-7.9m)} {overflow} {wrapped} {10m / 3m}";
