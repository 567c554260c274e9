// what: a small thread-safe-style counter class with a lock over a private object and a C# 13 Lock field, used sequentially
// input: 
// expected: "100 5050"
class Counter
{
    private readonly object gate = new();
    private readonly System.Threading.Lock other = new();
    private int count;
    private int total;

    public void Add(int n)
    {
        lock (gate)
        {
            count++;
        }
        lock (other)
        {
            total += n;
        }
    }

    public (int Count, int Total) Snapshot() { lock (gate) { return (count, total); } }
}

var c = new Counter();
foreach (var n in Enumerable.Range(1, 100)) c.Add(n);
var (count, total) = c.Snapshot();
return $"{count} {total}";
