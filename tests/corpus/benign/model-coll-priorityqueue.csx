// what: PriorityQueue Dijkstra
// input: 
// expected: 7
var edges = new Dictionary<char, List<(char to, int w)>>
{
    ['A'] = new() { ('B', 2), ('C', 5) },
    ['B'] = new() { ('C', 1), ('D', 6) },
    ['C'] = new() { ('D', 4) },
    ['D'] = new(),
};
var dist = edges.Keys.ToDictionary(k => k, _ => int.MaxValue);
var pq = new PriorityQueue<char, int>();
dist['A'] = 0; pq.Enqueue('A', 0);
while (pq.TryDequeue(out var node, out var d))
{
    if (d > dist[node]) continue;
    foreach (var (to, w) in edges[node])
    {
        if (d + w < dist[to]) { dist[to] = d + w; pq.Enqueue(to, d + w); }
    }
}
return dist['D'];
