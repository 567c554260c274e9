// what: a leaderboard with SortedDictionary, SortedSet views and SortedList lookups
// input: 
// expected: {"alphabetical":"Adam,bob,mia,zoe","top":"mia:70,zoe:55,Adam:25","working":[22,31,47,52],"min":22,"max":52,"after2012":["series A","IPO"],"idx":1,"firstKey":2010}
var scores = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
void Record(string player, int points)
{
    scores[player] = scores.TryGetValue(player, out var old) ? old + points : points;
}

Record("zoe", 40); Record("Adam", 25); Record("mia", 70); Record("ZOE", 15); Record("bob", 25);

var ranking = new SortedSet<(int Score, string Name)>(
    Comparer<(int Score, string Name)>.Create((a, b) =>
        b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Name, b.Name)));
foreach (var kv in scores) ranking.Add((kv.Value, kv.Key));

var ages = new SortedSet<int> { 15, 22, 31, 47, 52, 68, 70 };
var workingAge = ages.GetViewBetween(18, 65);

var timeline = new SortedList<int, string> { [2010] = "founded", [2015] = "series A", [2021] = "IPO" };
int idx = timeline.IndexOfKey(2015);

return new
{
    alphabetical = string.Join(",", scores.Keys),
    top = string.Join(",", ranking.Take(3).Select(r => $"{r.Name}:{r.Score}")),
    working = workingAge.ToArray(),
    min = workingAge.Min,
    max = workingAge.Max,
    after2012 = timeline.Where(t => t.Key > 2012).Select(t => t.Value).ToArray(),
    idx,
    firstKey = timeline.Keys[0],
};
