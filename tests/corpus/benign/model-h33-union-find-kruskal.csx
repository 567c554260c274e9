// what: Kruskal's minimum spanning tree with a union-find class (path compression, union by rank) over weighted edges
// input: 
// expected: "39 6 AD CE DF AB BE EG"
class DisjointSet
{
    private readonly int[] parent, rank;
    public DisjointSet(int n) { parent = Enumerable.Range(0, n).ToArray(); rank = new int[n]; }
    public int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
    public bool Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return false;
        if (rank[ra] < rank[rb]) (ra, rb) = (rb, ra);
        parent[rb] = ra;
        if (rank[ra] == rank[rb]) rank[ra]++;
        return true;
    }
}

var edges = new List<(int U, int V, int W)>
{
    (0, 1, 7), (0, 3, 5), (1, 2, 8), (1, 3, 9), (1, 4, 7), (2, 4, 5),
    (3, 4, 15), (3, 5, 6), (4, 5, 8), (4, 6, 9), (5, 6, 11),
};
var set = new DisjointSet(7);
var tree = edges.OrderBy(e => e.W).Where(e => set.Union(e.U, e.V)).ToList();
return $"{tree.Sum(e => e.W)} {tree.Count} {string.Join(" ", tree.Select(e => $"{(char)('A' + e.U)}{(char)('A' + e.V)}"))}";
