// what: a list built in a loop: the running maximum
// input: 
// expected: [5, 5, 5, 6]
var numbers = new List<int> { 5, 5, 5, 6 };
var running = new List<int>();
int best = int.MinValue;
foreach (int n in numbers)
{
    best = Math.Max(best, n);
    running.Add(best);
}

return running;
