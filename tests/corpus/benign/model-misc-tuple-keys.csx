// what: dictionary with tuple keys and case-insensitive comparer
// input: 
// expected: "3 2"
var grid = new Dictionary<(int, int), char> { [(0, 0)] = 'a', [(0, 1)] = 'b', [(1, 0)] = 'c' };
var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Apple"] = 1 };
ci["APPLE"] += 1;
return $"{grid.Count} {ci["apple"]}";
