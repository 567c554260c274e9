// what: primary constructors on a class with validation in initializers, a struct with a primary constructor, and a captured parameter mutated by a method
// input: 
// expected: "Ada 120 True False 25.00 EUR amount 12"
class Account(string owner, decimal opening)
{
    public string Owner { get; } = string.IsNullOrWhiteSpace(owner) ? throw new ArgumentException("owner") : owner.Trim();
    private readonly List<decimal> history = [opening];
    public decimal Balance => history.Sum();

    public void Deposit(decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        history.Add(amount);
    }

    public bool TryWithdraw(decimal amount)
    {
        if (amount > Balance) return false;
        history.Add(-amount);
        return true;
    }
}

struct Money(decimal amount, string currency)
{
    public readonly decimal Amount => amount;
    public readonly string Currency => currency;
    public void Scale(decimal f) => amount *= f;
    public override readonly string ToString() => $"{amount:0.00} {currency}";
}

class Tally(int start)
{
    public int Next() => ++start;
}

var acct = new Account("  Ada ", 100m);
acct.Deposit(50m);
bool ok = acct.TryWithdraw(30m), tooMuch = acct.TryWithdraw(500m);
var m = new Money(12.5m, "EUR");
m.Scale(2);
string error = "";
try { acct.Deposit(-1); } catch (ArgumentOutOfRangeException e) { error = e.ParamName ?? "?"; }
var t = new Tally(10);
t.Next();
return $"{acct.Owner} {acct.Balance} {ok} {tooMuch} {m} {error} {t.Next()}";
