// what: a list built in a loop: the running maximum
// input: 
// expected: [10, 15, 20, 25]
var numbers = new List<int> { 10, 15, 20, 25 };
var running = new List<int>();
int best = int.MinValue;
foreach (int n in numbers)
{
    best = Math.Max(best, n);
    running.Add(best);
}

return running;
