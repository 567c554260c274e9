// what: merge k sorted lists and schedule jobs with PriorityQueue, custom comparer and EnqueueDequeue
// input: 
// expected: {"merged":[0,1,2,3,4,5,9,10,12],"top":[9,8,7],"order":["deploy","alert","email","report","backup"]}
static List<int> MergeK(List<int[]> lists)
{
    var pq = new PriorityQueue<(int List, int Index), int>();
    for (int i = 0; i < lists.Count; i++)
        if (lists[i].Length > 0) pq.Enqueue((i, 0), lists[i][0]);

    var merged = new List<int>();
    while (pq.TryDequeue(out var pos, out int value))
    {
        merged.Add(value);
        int next = pos.Index + 1;
        if (next < lists[pos.List].Length)
            pq.Enqueue((pos.List, next), lists[pos.List][next]);
    }
    return merged;
}

static IEnumerable<int> TopK(IEnumerable<int> source, int k)
{
    var heap = new PriorityQueue<int, int>();
    foreach (var x in source)
    {
        if (heap.Count < k) heap.Enqueue(x, x);
        else if (x > heap.Peek()) heap.EnqueueDequeue(x, x);
    }
    var result = new List<int>();
    while (heap.Count > 0) result.Add(heap.Dequeue());
    result.Reverse();
    return result;
}

var jobs = new PriorityQueue<string, (int Priority, int Order)>(
    Comparer<(int Priority, int Order)>.Create((a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.Order.CompareTo(b.Order)));
string[] names = ["backup", "email", "deploy", "report", "alert"];
int[] prios = [1, 2, 3, 2, 3];
for (int i = 0; i < names.Length; i++) jobs.Enqueue(names[i], (prios[i], i));
var order = new List<string>();
while (jobs.Count > 0) order.Add(jobs.Dequeue());

var merged = MergeK([[1, 4, 9], [2, 3, 10, 12], [], [0, 5]]);
return new { merged, top = TopK([5, 1, 9, 3, 7, 8, 2], 3), order };
