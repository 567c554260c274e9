// what: an LRU cache built from Dictionary and LinkedList nodes, with hit/miss accounting
// input: 
// expected: "hits=2 misses=8 evicted=2,3,1,4,2 now=3,1,5 last=*** list=0,1,2,3,4"
class LruCache<TKey, TValue> where TKey : notnull
{
    private readonly int _capacity;
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _map = new();
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();
    public int Hits { get; private set; }
    public int Misses { get; private set; }
    public List<TKey> Evicted { get; } = new();

    public LruCache(int capacity) => _capacity = capacity;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
    {
        if (_map.TryGetValue(key, out var node))
        {
            Hits++;
            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value.Value;
        }
        Misses++;
        if (_map.Count == _capacity)
        {
            var last = _order.Last!;
            _order.RemoveLast();
            _map.Remove(last.Value.Key);
            Evicted.Add(last.Value.Key);
        }
        var value = factory(key);
        _map[key] = _order.AddFirst((key, value));
        return value;
    }

    public IEnumerable<TKey> Keys => _order.Select(e => e.Key);
}

var cache = new LruCache<int, string>(3);
int[] requests = [1, 2, 3, 1, 4, 2, 5, 1, 3, 3];
var got = requests.Select(k => cache.GetOrAdd(k, n => new string('*', n))).ToList();
var list = new LinkedList<int>(new[] { 1, 2, 4 });
list.AddAfter(list.Find(2)!, 3);
list.AddBefore(list.First!, 0);
return $"hits={cache.Hits} misses={cache.Misses} evicted={string.Join(",", cache.Evicted)} now={string.Join(",", cache.Keys)} last={got[^1]} list={string.Join(",", list)}";
