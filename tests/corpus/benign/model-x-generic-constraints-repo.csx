// what: a generic repository with where T : class, IEntity, new() and a generic Max with IComparable<T>
// input: 
// expected: "3 Book none 30 Pen"
interface IEntity { int Id { get; set; } }

class Product : IEntity
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public double Price { get; set; }
}

class Repository<T> where T : class, IEntity, new()
{
    private readonly Dictionary<int, T> _items = new();
    private int _nextId = 1;

    public T Create(Action<T> init)
    {
        var item = new T { Id = _nextId++ };
        init(item);
        _items[item.Id] = item;
        return item;
    }

    public T? Find(int id) => _items.TryGetValue(id, out var v) ? v : null;
    public IEnumerable<T> All() => _items.Values;
    public int Count => _items.Count;
}

static T MaxOf<T>(IEnumerable<T> source) where T : IComparable<T>
{
    using var e = source.GetEnumerator();
    if (!e.MoveNext()) throw new InvalidOperationException("empty");
    T best = e.Current;
    while (e.MoveNext())
        if (e.Current.CompareTo(best) > 0) best = e.Current;
    return best;
}

var repo = new Repository<Product>();
repo.Create(p => { p.Name = "Pen"; p.Price = 1.5; });
repo.Create(p => { p.Name = "Book"; p.Price = 12.25; });
repo.Create(p => { p.Name = "Lamp"; p.Price = 30; });

double maxPrice = MaxOf(repo.All().Select(p => p.Price));
string maxName = MaxOf(repo.All().Select(p => p.Name));
return $"{repo.Count} {repo.Find(2)?.Name} {repo.Find(9)?.Name ?? "none"} {maxPrice} {maxName}";
