// what: events with custom EventArgs, multicast delegates with removal, Func/Action composition and a generic event bus keyed by Type
// input: 
// expected: "ACME:0->90 ACME:90->120 ALARM ACME:120->130 msg hi | sum=44 delivered=3"
class PriceChangedEventArgs(decimal oldPrice, decimal newPrice) : EventArgs
{
    public decimal OldPrice { get; } = oldPrice;
    public decimal NewPrice { get; } = newPrice;
}

class Stock(string symbol)
{
    private decimal price;
    public event EventHandler<PriceChangedEventArgs>? PriceChanged;
    public string Symbol => symbol;
    public decimal Price
    {
        get => price;
        set
        {
            if (value == price) return;
            var old = price;
            price = value;
            PriceChanged?.Invoke(this, new PriceChangedEventArgs(old, value));
        }
    }
}

class Bus
{
    private readonly Dictionary<Type, List<Delegate>> handlers = [];
    public void On<T>(Action<T> handler) => (handlers.TryGetValue(typeof(T), out var l) ? l : handlers[typeof(T)] = []).Add(handler);
    public int Publish<T>(T message)
    {
        if (!handlers.TryGetValue(typeof(T), out var list)) return 0;
        foreach (Action<T> h in list.Cast<Action<T>>()) h(message);
        return list.Count;
    }
}

var log = new List<string>();
var stock = new Stock("ACME");
EventHandler<PriceChangedEventArgs> logger = (s, e) => log.Add($"{((Stock)s!).Symbol}:{e.OldPrice}->{e.NewPrice}");
EventHandler<PriceChangedEventArgs> alarm = (_, e) => { if (e.NewPrice > 100) log.Add("ALARM"); };
stock.PriceChanged += logger;
stock.PriceChanged += alarm;
stock.Price = 90;
stock.Price = 90;
stock.Price = 120;
stock.PriceChanged -= alarm;
stock.Price = 130;

var bus = new Bus();
int sum = 0;
bus.On<int>(n => sum += n);
bus.On<int>(n => sum += n * 10);
bus.On<string>(s => log.Add("msg " + s));
int delivered = bus.Publish(4) + bus.Publish("hi") + bus.Publish(2.5);
return $"{string.Join(" ", log)} | sum={sum} delivered={delivered}";
