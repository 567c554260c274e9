// what: a binary search tree with recursive yield-return traversals, yield break and an infinite generator
// input: 
// expected: "20,30,35,40,50,60,70,80 | 50,30,70,20,40,60,80,35 | 25,36,49,64 | 4,8,15"
class Node
{
    public int Value;
    public Node? Left, Right;
    public Node(int v) => Value = v;
}

class Bst
{
    private Node? _root;

    public void Add(int v) => _root = Insert(_root, v);

    private static Node Insert(Node? n, int v)
    {
        if (n is null) return new Node(v);
        if (v < n.Value) n.Left = Insert(n.Left, v);
        else n.Right = Insert(n.Right, v);
        return n;
    }

    public IEnumerable<int> InOrder() => Walk(_root);

    private static IEnumerable<int> Walk(Node? n)
    {
        if (n is null) yield break;
        foreach (var x in Walk(n.Left)) yield return x;
        yield return n.Value;
        foreach (var x in Walk(n.Right)) yield return x;
    }

    public IEnumerable<int> LevelOrder()
    {
        if (_root is null) yield break;
        var q = new Queue<Node>();
        q.Enqueue(_root);
        while (q.Count > 0)
        {
            var n = q.Dequeue();
            yield return n.Value;
            if (n.Left != null) q.Enqueue(n.Left);
            if (n.Right != null) q.Enqueue(n.Right);
        }
    }
}

static IEnumerable<int> Squares()
{
    for (int i = 1; ; i++) yield return i * i;
}

static IEnumerable<int> UntilNegative(IEnumerable<int> xs)
{
    foreach (var x in xs)
    {
        if (x < 0) yield break;
        yield return x;
    }
}

var tree = new Bst();
foreach (var x in new[] { 50, 30, 70, 20, 40, 60, 80, 35 }) tree.Add(x);

var inOrder = string.Join(",", tree.InOrder());
var level = string.Join(",", tree.LevelOrder());
var squares = string.Join(",", Squares().SkipWhile(s => s < 20).Take(4));
var prefix = string.Join(",", UntilNegative(new[] { 4, 8, 15, -16, 23 }));
return $"{inOrder} | {level} | {squares} | {prefix}";
