// what: nested dictionaries of lists built with TryGetValue, TryAdd and GetValueOrDefault, deconstructed KeyValuePairs and ToLookup
// input: apple:fruit banana:fruit carrot:veg apple:fruit leek:veg cumin:spice banana:fruit
// expected: "fruit=[apple,banana] spice=[cumin] veg=[carrot,leek] twice=apple,banana missing=-1 keys=3"
var byKind = new Dictionary<string, List<string>>();
var seen = new Dictionary<string, int>();
foreach (var token in Input.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
{
    var (item, kind) = token.Split(':') switch { [var a, var b] => (a, b), _ => throw new FormatException(token) };
    if (!byKind.TryGetValue(kind, out var list)) byKind[kind] = list = [];
    if (!seen.TryAdd(item, 1)) seen[item]++;
    else list.Add(item);
}

var parts = new List<string>();
foreach (var (kind, items) in byKind.OrderBy(kv => kv.Key))
{
    parts.Add($"{kind}=[{string.Join(",", items.Order())}]");
}

var lookup = seen.ToLookup(kv => kv.Value, kv => kv.Key);
return $"{string.Join(" ", parts)} twice={string.Join(",", lookup[2].Order())} missing={seen.GetValueOrDefault("kiwi", -1)} keys={byKind.Keys.Count}";
