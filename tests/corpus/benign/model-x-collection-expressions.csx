// what: collection expressions with spreads into arrays, lists, spans, sets and dictionaries-of-lists
// input: 
// expected: {"all":[1,2,3,5,7,11,13,17],"names":"xy","vowelCount":8,"lazy":[7,11,13,17],"windowSum":15,"merged":[9,8,7],"inter":["a","1","b","2","c","3"],"small":[1,2,3],"lengths":[1,2,0]}
int[] primes = [2, 3, 5, 7];
List<int> more = [11, 13];
int[] all = [1, .. primes, .. more, 17];
List<string> names = [];
names.AddRange(["x", "y"]);
HashSet<char> vowels = ['a', 'e', 'i', 'o', 'u'];
IEnumerable<int> lazy = [.. all.Where(p => p > 5)];
ReadOnlySpan<int> window = [.. all[2..5]];
int windowSum = 0;
foreach (var w in window) windowSum += w;

static int[] Merge(int[] a, int[] b) => [.. a, .. b];
static List<T> Interleave<T>(IList<T> a, IList<T> b) =>
    [.. a.Zip(b).SelectMany(p => (T[])[p.First, p.Second])];

var groups = new Dictionary<string, List<int>> { ["small"] = [1, 2], ["big"] = [100] };
groups["small"] = [.. groups["small"], 3];
int[][] jagged = [[1], [2, 3], []];

return new
{
    all,
    names = string.Join("", names),
    vowelCount = "collection expressions".Count(vowels.Contains),
    lazy = lazy.ToArray(),
    windowSum,
    merged = Merge([9, 8], [7]),
    inter = Interleave(["a", "b", "c"], ["1", "2", "3"]),
    small = groups["small"],
    lengths = jagged.Select(j => j.Length).ToArray(),
};
