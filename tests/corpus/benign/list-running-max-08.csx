// what: a list built in a loop: the running maximum
// input: 
// expected: [1, 2, 3, 4, 5, 6, 7, 8]
var numbers = new List<int> { 1, 2, 3, 4, 5, 6, 7, 8 };
var running = new List<int>();
int best = int.MinValue;
foreach (int n in numbers)
{
    best = Math.Max(best, n);
    running.Add(best);
}

return running;
