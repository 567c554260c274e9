// what: a task scheduler simulation with PriorityQueue: tuple priorities, EnqueueDequeue, TryPeek and UnorderedItems
// input: 
// expected: "fix bug@10; review@20; deploy@30; write report@50; email@70; lunch@100 | 0 1 3"
var queue = new PriorityQueue<string, (int Priority, int Order)>();
int order = 0;
void Add(string task, int priority) => queue.Enqueue(task, (priority, order++));

Add("write report", 2);
Add("fix bug", 1);
Add("lunch", 3);
Add("review", 1);
Add("email", 2);

var done = new List<string>();
int time = 0;
while (queue.TryDequeue(out var task, out var pri))
{
    time += pri.Priority * 10;
    done.Add($"{task}@{time}");
    if (task == "fix bug") Add("deploy", 1);
}

var pq = new PriorityQueue<int, int>(new[] { (5, 5), (1, 1), (8, 8) });
int swapped = pq.EnqueueDequeue(0, 0);
pq.TryPeek(out int top, out _);
return $"{string.Join("; ", done)} | {swapped} {top} {pq.UnorderedItems.Count}";
