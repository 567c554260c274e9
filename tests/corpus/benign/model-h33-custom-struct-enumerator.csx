// what: a custom collection with a struct enumerator used by foreach, an indexer, IEnumerable<T> for LINQ, and IComparer<T> sorting
// input: 
// expected: "three four five six | six five four three | three 4"
using System.Collections;

sealed class Ring<T>(int capacity) : IEnumerable<T>
{
    private readonly T[] items = new T[capacity];
    private int start, count;

    public void Add(T item)
    {
        items[(start + count) % items.Length] = item;
        if (count < items.Length) count++; else start = (start + 1) % items.Length;
    }

    public T this[int i] => items[(start + i) % items.Length];
    public int Count => count;
    public Enumerator GetEnumerator() => new(this);
    IEnumerator<T> IEnumerable<T>.GetEnumerator() { for (int i = 0; i < count; i++) yield return this[i]; }
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    public struct Enumerator(Ring<T> ring)
    {
        private int index = -1;
        public bool MoveNext() => ++index < ring.count;
        public T Current => ring[index];
    }
}

sealed class ByLength : IComparer<string>
{
    public int Compare(string? x, string? y) => (x?.Length ?? 0).CompareTo(y?.Length ?? 0) is var c and not 0 ? c : string.CompareOrdinal(x, y);
}

var ring = new Ring<string>(4);
foreach (var w in "one two three four five six".Split()) ring.Add(w);
var seen = new List<string>();
foreach (var w in ring) seen.Add(w);
var sorted = ring.OrderBy(w => w, new ByLength()).ToList();
return $"{string.Join(" ", seen)} | {string.Join(" ", sorted)} | {ring[0]} {ring.Count}";
