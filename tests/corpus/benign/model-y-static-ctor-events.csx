// what: static constructors, static readonly tables, custom event accessors and EventHandler<T> with EventArgs
// input: 
// expected: "ACME+2.5 GLOBEX-5.5 INITECH+3 total=2.5 subs=1 instances=2"
class PriceChangedEventArgs(string symbol, decimal oldPrice, decimal newPrice) : EventArgs
{
    public string Symbol { get; } = symbol;
    public decimal Delta { get; } = newPrice - oldPrice;
}

class Ticker
{
    private static readonly Dictionary<string, decimal> Seed;
    public static int Instances { get; private set; }
    static Ticker()
    {
        Seed = new() { ["ACME"] = 10m, ["GLOBEX"] = 55.5m };
    }

    private readonly Dictionary<string, decimal> _prices = new(Seed);
    private EventHandler<PriceChangedEventArgs>? _changed;
    public int Subscribers { get; private set; }

    public event EventHandler<PriceChangedEventArgs> Changed
    {
        add { _changed += value; Subscribers++; }
        remove { _changed -= value; Subscribers--; }
    }

    public Ticker() => Instances++;

    public void Update(string symbol, decimal price)
    {
        decimal old = _prices.GetValueOrDefault(symbol);
        _prices[symbol] = price;
        if (old != price) _changed?.Invoke(this, new PriceChangedEventArgs(symbol, old, price));
    }
}

var ticker = new Ticker();
var log = new List<string>();
EventHandler<PriceChangedEventArgs> logger = (sender, e) => log.Add($"{e.Symbol}{(e.Delta >= 0 ? "+" : "")}{e.Delta}");
decimal total = 0;
EventHandler<PriceChangedEventArgs> summer = (_, e) => total += e.Delta;
ticker.Changed += logger;
ticker.Changed += summer;
ticker.Update("ACME", 12.5m);
ticker.Update("GLOBEX", 55.5m);
ticker.Changed -= summer;
ticker.Update("GLOBEX", 50m);
ticker.Update("INITECH", 3m);
_ = new Ticker();
return $"{string.Join(" ", log)} total={total} subs={ticker.Subscribers} instances={Ticker.Instances}";
