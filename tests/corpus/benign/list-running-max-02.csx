// what: a list built in a loop: the running maximum
// input: 
// expected: [2, 4, 6, 7]
var numbers = new List<int> { 2, 4, 6, 7 };
var running = new List<int>();
int best = int.MinValue;
foreach (int n in numbers)
{
    best = Math.Max(best, n);
    running.Add(best);
}

return running;
