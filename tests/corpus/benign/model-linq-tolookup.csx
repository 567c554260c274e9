// what: LINQ ToLookup by first letter
// input: 
// expected: "a:apple,avocado;b:banana,blueberry;c:cherry"
var fruits = new List<string> { "banana", "apple", "cherry", "avocado", "blueberry" };
var lookup = fruits.ToLookup(f => f[0]);
var parts = new List<string>();
foreach (var g in lookup.OrderBy(g => g.Key))
{
    parts.Add($"{g.Key}:{string.Join(",", g.OrderBy(x => x))}");
}
return string.Join(";", parts);
