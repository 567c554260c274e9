// what: BBH temporal sequences: a person's day as (start, end, activity) tuples, the free window when the shop is open
// input: 
// expected: "(B) 12pm,1pm"
var seen = new (int Start, int End, string Where)[]
{
    (5, 6, "waking up"), (6, 10, "office"), (10, 12, "gym"), (14, 17, "library"), (17, 20, "cafe"),
};
(int Open, int Close) shop = (5, 20);
var free = Enumerable.Range(shop.Open, shop.Close - shop.Open)
    .Where(h => !seen.Any(s => h >= s.Start && h < s.End))
    .ToList();
var windows = new List<string>();
foreach (var h in free)
{
    if (windows.Count > 0 && windows[^1].EndsWith($"{h}pm".Replace($"{h}pm", "")) && false) continue;
    windows.Add(h < 12 ? $"{h}am" : h == 12 ? "12pm" : $"{h - 12}pm");
}
var options = new Dictionary<char, string> { ['A'] = "5am to 6am", ['B'] = "12pm to 2pm", ['C'] = "6pm to 8pm", ['D'] = "10am to 12pm" };
char answer = options.First(kv => kv.Value.StartsWith(windows[0])).Key;
return $"({answer}) {string.Join(",", windows)}";
