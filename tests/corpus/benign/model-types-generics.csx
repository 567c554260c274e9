// what: generic class and generic method with constraints
// input: 
// expected: "3 banana 7"
class Box<T>
{
    private readonly List<T> items = new();
    public void Add(T item) => items.Add(item);
    public int Count => items.Count;
    public T this[int i] => items[i];
}
T MaxOf<T>(IEnumerable<T> xs) where T : IComparable<T>
{
    T best = xs.First();
    foreach (var x in xs) if (x.CompareTo(best) > 0) best = x;
    return best;
}
var box = new Box<string>();
box.Add("apple"); box.Add("banana"); box.Add("cherry");
return $"{box.Count} {box[1]} {MaxOf(new[] { 3, 7, 2 })}";
