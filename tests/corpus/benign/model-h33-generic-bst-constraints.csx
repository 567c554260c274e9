// what: a generic binary search tree with where T : IComparable<T>, recursive insert, in-order iterator, height, a generic Max<T> with params and default(T)
// input: 
// expected: "20,30,40,50,60,65,70,80 h=4 n=8 | brown,dog,fox,jumps,lazy,over,quick,the | 9 pear 0"
class Tree<T> where T : IComparable<T>
{
    private sealed class Node(T value)
    {
        public T Value = value;
        public Node? Left, Right;
    }

    private Node? root;
    public int Count { get; private set; }

    public bool Add(T value)
    {
        if (root is null) { root = new Node(value); Count++; return true; }
        var n = root;
        while (true)
        {
            int c = value.CompareTo(n.Value);
            if (c == 0) return false;
            ref Node? next = ref c < 0 ? ref n.Left : ref n.Right;
            if (next is null) { next = new Node(value); Count++; return true; }
            n = next;
        }
    }

    public IEnumerable<T> InOrder() => Walk(root);
    private static IEnumerable<T> Walk(Node? n)
    {
        if (n is null) yield break;
        foreach (var v in Walk(n.Left)) yield return v;
        yield return n.Value;
        foreach (var v in Walk(n.Right)) yield return v;
    }

    public int Height() => H(root);
    private static int H(Node? n) => n is null ? 0 : 1 + Math.Max(H(n.Left), H(n.Right));
}

static T MaxOf<T>(params T[] items) where T : IComparable<T>
{
    T best = default!;
    bool any = false;
    foreach (var i in items) if (!any || i.CompareTo(best) > 0) (best, any) = (i, true);
    return best;
}

var tree = new Tree<int>();
foreach (var v in new[] { 50, 30, 70, 20, 40, 60, 80, 30, 65 }) tree.Add(v);
var words = new Tree<string>();
foreach (var w in "the quick brown fox jumps over the lazy dog".Split()) words.Add(w);
return $"{string.Join(",", tree.InOrder())} h={tree.Height()} n={tree.Count} | {string.Join(",", words.InOrder())} | {MaxOf(3, 9, 2)} {MaxOf("pear", "apple")} {MaxOf<double>()}";
