// what: a program written as class Program with static int Main(string[] args), helper generic methods, nested types and a static field
// input: 
// expected: 3
using System;
using System.Collections.Generic;
using System.Linq;

public class Program
{
    private static readonly List<string> Log = new();

    private sealed class Graph<T> where T : notnull
    {
        private readonly Dictionary<T, List<T>> _edges = new();
        public void AddEdge(T a, T b)
        {
            if (!_edges.TryGetValue(a, out var list)) _edges[a] = list = new List<T>();
            list.Add(b);
            if (!_edges.ContainsKey(b)) _edges[b] = new List<T>();
        }

        public List<T> TopologicalSort()
        {
            var indegree = _edges.Keys.ToDictionary(k => k, _ => 0);
            foreach (var targets in _edges.Values)
                foreach (var t in targets) indegree[t]++;
            var ready = new Queue<T>(indegree.Where(kv => kv.Value == 0).Select(kv => kv.Key));
            var order = new List<T>();
            while (ready.Count > 0)
            {
                var n = ready.Dequeue();
                order.Add(n);
                foreach (var t in _edges[n])
                    if (--indegree[t] == 0) ready.Enqueue(t);
            }
            if (order.Count != _edges.Count) throw new InvalidOperationException("cycle detected");
            return order;
        }
    }

    public static int Main(string[] args)
    {
        var g = new Graph<string>();
        g.AddEdge("fetch", "parse");
        g.AddEdge("parse", "analyze");
        g.AddEdge("fetch", "cache");
        g.AddEdge("cache", "analyze");
        g.AddEdge("analyze", "report");
        Log.Add(string.Join(">", g.TopologicalSort()));

        var cyclic = new Graph<int>();
        cyclic.AddEdge(1, 2);
        cyclic.AddEdge(2, 1);
        try { cyclic.TopologicalSort(); }
        catch (InvalidOperationException e) { Log.Add(e.Message); }
        Log.Add($"args={args.Length}");
        Console.WriteLine(string.Join(" | ", Log));
        return Log.Count;
    }
}
