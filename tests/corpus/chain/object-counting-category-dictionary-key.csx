// Question: I have a cow, two goats, a trombone, and a pig. How many animals do I have?
// Expected: 4
var items = new List<(string Name, int Count)> { ("cow", 1), ("goat", 2), ("trombone", 1), ("pig", 1) };
var byCategory = new Dictionary<string, int>();
foreach (var (name, count) in items)
{
    var category = category_of(name);
    byCategory[category] = byCategory.GetValueOrDefault(category) + count;
}
return byCategory["animal"];
