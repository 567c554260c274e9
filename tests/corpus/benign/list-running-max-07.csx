// what: a list built in a loop: the running maximum
// input: 
// expected: [12, 30, 30]
var numbers = new List<int> { 12, 30, 18 };
var running = new List<int>();
int best = int.MinValue;
foreach (int n in numbers)
{
    best = Math.Max(best, n);
    running.Add(best);
}

return running;
