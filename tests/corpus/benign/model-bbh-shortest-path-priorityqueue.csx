// what: a shortest-route puzzle with Dijkstra on a PriorityQueue<string, int> and an adjacency Dictionary of lists
// input: 
// expected: "9 via A->C->E->D"
var graph = new Dictionary<string, List<(string To, int Cost)>>
{
    ["A"] = new() { ("B", 4), ("C", 2) },
    ["B"] = new() { ("C", 5), ("D", 10) },
    ["C"] = new() { ("E", 3) },
    ["E"] = new() { ("D", 4) },
    ["D"] = new(),
};
var dist = graph.Keys.ToDictionary(k => k, _ => int.MaxValue);
var prev = new Dictionary<string, string>();
var queue = new PriorityQueue<string, int>();
dist["A"] = 0;
queue.Enqueue("A", 0);
while (queue.TryDequeue(out var node, out int d))
{
    if (d > dist[node]) continue;
    foreach (var (to, cost) in graph[node])
    {
        if (d + cost < dist[to]) { dist[to] = d + cost; prev[to] = node; queue.Enqueue(to, dist[to]); }
    }
}
var route = new Stack<string>();
for (string? at = "D"; at is not null; at = prev.GetValueOrDefault(at)) route.Push(at);
return $"{dist["D"]} via {string.Join("->", route)}";
