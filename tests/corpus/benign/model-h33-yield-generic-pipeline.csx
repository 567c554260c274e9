// what: generic yield iterators chained lazily: an endless generator, a sliding window, a pairwise and a run-length encoder
// input: 
// expected: "10,19,31,46 a3b1c2d4 1035"
static IEnumerable<long> Triangular()
{
    long n = 0, sum = 0;
    while (true) yield return sum += ++n;
}

static IEnumerable<T[]> Window<T>(IEnumerable<T> source, int size)
{
    var buffer = new Queue<T>();
    foreach (var item in source)
    {
        buffer.Enqueue(item);
        if (buffer.Count > size) buffer.Dequeue();
        if (buffer.Count == size) yield return buffer.ToArray();
    }
}

static IEnumerable<(T Value, int Count)> RunLength<T>(IEnumerable<T> source) where T : IEquatable<T>
{
    using var e = source.GetEnumerator();
    if (!e.MoveNext()) yield break;
    T current = e.Current;
    int count = 1;
    while (e.MoveNext())
    {
        if (e.Current.Equals(current)) { count++; continue; }
        yield return (current, count);
        current = e.Current;
        count = 1;
    }
    yield return (current, count);
}

var firstTen = Triangular().Take(10).ToList();
var windows = Window(firstTen, 3).Select(w => w.Sum()).Take(4);
var runs = RunLength("aaabccdddd").Select(r => $"{r.Value}{r.Count}");
var firstOver1000 = Triangular().First(t => t > 1000);
return $"{string.Join(",", windows)} {string.Concat(runs)} {firstOver1000}";
