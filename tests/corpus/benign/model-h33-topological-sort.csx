// what: Kahn's topological sort of course prerequisites with a dictionary graph, in-degree counts and a SortedSet frontier
// input: 
// expected: "discrete-math > automata > programming > data-structures > algorithms > compilers"
var prereqs = new Dictionary<string, string[]>
{
    ["algorithms"] = ["data-structures", "discrete-math"],
    ["data-structures"] = ["programming"],
    ["discrete-math"] = [],
    ["programming"] = [],
    ["compilers"] = ["algorithms", "automata"],
    ["automata"] = ["discrete-math"],
};

var indegree = prereqs.Keys.ToDictionary(k => k, _ => 0);
var next = prereqs.Keys.ToDictionary(k => k, _ => new List<string>());
foreach (var (course, needs) in prereqs)
{
    foreach (var need in needs)
    {
        indegree[course]++;
        next[need].Add(course);
    }
}

var ready = new SortedSet<string>(indegree.Where(kv => kv.Value == 0).Select(kv => kv.Key));
var order = new List<string>();
while (ready.Count > 0)
{
    string course = ready.Min!;
    ready.Remove(course);
    order.Add(course);
    foreach (var n in next[course])
    {
        if (--indegree[n] == 0) ready.Add(n);
    }
}

return string.Join(" > ", order);
