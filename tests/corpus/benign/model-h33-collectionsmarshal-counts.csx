// what: word counts updated in place with CollectionsMarshal.GetValueRefOrAddDefault, and a list sorted and summed through CollectionsMarshal.AsSpan
// input: 
// expected: "and=11,bat=10,cat=10,hat=10,the=12 sum=31 sorted=11234"
using System.Runtime.InteropServices;

static Dictionary<string, int> Count(string text)
{
    var counts = new Dictionary<string, int>();
    foreach (var word in text.Split(' '))
    {
        ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out bool existed);
        slot += existed ? 1 : 10;
    }
    return counts;
}

static int SortAndSum(List<int> numbers)
{
    Span<int> view = CollectionsMarshal.AsSpan(numbers);
    view.Sort();
    int sum = 0;
    foreach (int n in view) sum += n;
    return sum;
}

var counts = Count("the cat and the hat and the bat");
var numbers = new List<int> { 3, 1, 4, 1, 5, 9, 2, 6 };
int sum = SortAndSum(numbers);
CollectionsMarshal.SetCount(numbers, 5);
return $"{string.Join(",", counts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}"))} sum={sum} sorted={string.Join("", numbers)}";
