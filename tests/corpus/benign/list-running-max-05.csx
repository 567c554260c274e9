// what: a list built in a loop: the running maximum
// input: 
// expected: [100, 100, 100, 100]
var numbers = new List<int> { 100, 1, 50, 2 };
var running = new List<int>();
int best = int.MinValue;
foreach (int n in numbers)
{
    best = Math.Max(best, n);
    running.Add(best);
}

return running;
