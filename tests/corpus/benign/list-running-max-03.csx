// what: a list built in a loop: the running maximum
// input: 
// expected: [11, 13, 17]
var numbers = new List<int> { 11, 13, 17 };
var running = new List<int>();
int best = int.MinValue;
foreach (int n in numbers)
{
    best = Math.Max(best, n);
    running.Add(best);
}

return running;
