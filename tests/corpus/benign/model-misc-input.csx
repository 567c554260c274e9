// what: reads the Input string, splits lines, sums numbers
// input: 3 4 5
// expected: 12
var total = Input.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Sum();
return total;
