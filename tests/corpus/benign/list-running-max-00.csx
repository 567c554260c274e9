// what: a list built in a loop: the running maximum
// input: 
// expected: [3, 8, 8, 9, 9]
var numbers = new List<int> { 3, 8, 1, 9, 4 };
var running = new List<int>();
int best = int.MinValue;
foreach (int n in numbers)
{
    best = Math.Max(best, n);
    running.Add(best);
}

return running;
