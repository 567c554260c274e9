// what: readonly structs, init-only setters, required members and object initializers with validation
// input: 
// expected: "INV-042 2024-03-15 3 50% 37.37 EUR none currency mismatch"
public readonly struct Money
{
    public decimal Amount { get; init; }
    public string Currency { get; init; }
    public Money Add(Money other) =>
        other.Currency == Currency ? this with { Amount = Amount + other.Amount } : throw new InvalidOperationException("currency mismatch");
    public override string ToString() => $"{Amount:F2} {Currency}";
}

public class Invoice
{
    public required string Number { get; init; }
    public required DateOnly Date { get; init; }
    private readonly List<(string Item, Money Price)> _lines = new();
    public IReadOnlyList<(string Item, Money Price)> Lines => _lines;
    public string Notes { get; init; } = "none";

    private int _discountPercent;
    public int DiscountPercent
    {
        get => _discountPercent;
        init => _discountPercent = Math.Clamp(value, 0, 50);
    }

    public Invoice AddLine(string item, Money price) { _lines.Add((item, price)); return this; }

    public Money Total()
    {
        var sum = _lines.Select(l => l.Price).Aggregate((a, b) => a.Add(b));
        return sum with { Amount = Math.Round(sum.Amount * (100 - DiscountPercent) / 100m, 2) };
    }
}

var invoice = new Invoice { Number = "INV-042", Date = new DateOnly(2024, 3, 15), DiscountPercent = 80 }
    .AddLine("Keyboard", new Money { Amount = 49.99m, Currency = "EUR" })
    .AddLine("Mouse", new Money { Amount = 19.50m, Currency = "EUR" })
    .AddLine("Cable", new Money { Amount = 5.25m, Currency = "EUR" });

string mismatch;
try { new Money { Amount = 1, Currency = "EUR" }.Add(new Money { Amount = 1, Currency = "USD" }); mismatch = "no error"; }
catch (InvalidOperationException ex) { mismatch = ex.Message; }

return $"{invoice.Number} {invoice.Date:yyyy-MM-dd} {invoice.Lines.Count} {invoice.DiscountPercent}% {invoice.Total()} {invoice.Notes} {mismatch}";
