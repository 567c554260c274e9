// what: classes with primary constructors, inheritance, virtual/override, abstract members and events
// input: 
// expected: {"balances":["sam=808.00","cat=20"],"events":["sam: -200","sam: denied 5000","cat: denied 20","cat: +60"]}
abstract class Account(string owner, decimal opening)
{
    protected decimal Balance = opening;
    public string Owner => owner;
    public event Action<string>? Changed;
    public abstract decimal MonthlyRate { get; }

    public virtual bool Withdraw(decimal amount)
    {
        if (amount <= 0 || amount > Balance) { Changed?.Invoke($"{owner}: denied {amount}"); return false; }
        Balance -= amount;
        Changed?.Invoke($"{owner}: -{amount}");
        return true;
    }

    public void Deposit(decimal amount) { Balance += amount; Changed?.Invoke($"{owner}: +{amount}"); }
    public void ApplyInterest() => Balance = Math.Round(Balance * (1 + MonthlyRate), 2);
    public decimal Current => Balance;
}

sealed class Savings(string owner, decimal opening) : Account(owner, opening)
{
    public override decimal MonthlyRate => 0.01m;
}

sealed class Checking(string owner, decimal opening, decimal overdraft) : Account(owner, opening)
{
    public override decimal MonthlyRate => 0m;
    public override bool Withdraw(decimal amount)
    {
        if (amount > Balance + overdraft) return base.Withdraw(amount);
        Balance -= amount;
        return true;
    }
}

var events = new List<string>();
Account[] accounts = [new Savings("sam", 1000m), new Checking("cat", 100m, 50m)];
foreach (var a in accounts) a.Changed += events.Add;
accounts[0].Withdraw(200m);
accounts[0].Withdraw(5000m);
accounts[1].Withdraw(140m);
accounts[1].Withdraw(20m);
accounts[1].Deposit(60m);
foreach (var a in accounts) a.ApplyInterest();
return new { balances = accounts.Select(a => $"{a.Owner}={a.Current}").ToArray(), events };
