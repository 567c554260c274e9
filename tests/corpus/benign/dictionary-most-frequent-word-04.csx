// what: word counts in a dictionary, the most frequent word (ties alphabetical)
// input: we will we will rock you
// expected: "we=2"
var counts = new Dictionary<string, int>(StringComparer.Ordinal);
foreach (string word in Input.Split(' ', StringSplitOptions.RemoveEmptyEntries))
{
    counts[word] = counts.TryGetValue(word, out int seen) ? seen + 1 : 1;
}

KeyValuePair<string, int> top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
return top.Key + "=" + top.Value.ToString(CultureInfo.InvariantCulture);
