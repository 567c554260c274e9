// what: a ref struct tokenizer over ReadOnlySpan<char> with scoped parameters and a struct with a parameterless constructor
// input: 
// expected: "5 7 alpha|beta|gamma|delta|epsilon 0 -1"
ref struct Tokenizer
{
    private ReadOnlySpan<char> _rest;
    public Tokenizer(ReadOnlySpan<char> text) => _rest = text;

    public bool Next(out ReadOnlySpan<char> token)
    {
        _rest = _rest.TrimStart();
        if (_rest.IsEmpty) { token = default; return false; }
        int end = _rest.IndexOfAny(' ', ',', ';');
        if (end < 0) end = _rest.Length;
        if (end == 0) end = 1;
        token = _rest[..end];
        _rest = _rest[end..];
        return true;
    }
}

struct Stats
{
    public int Count;
    public int Longest;
    public Stats() { Count = 0; Longest = -1; }
}

static Stats Measure(scoped ReadOnlySpan<char> text, List<string> seen)
{
    var stats = new Stats();
    var tok = new Tokenizer(text);
    while (tok.Next(out var t))
    {
        if (t is "," or ";") continue;
        stats.Count++;
        stats.Longest = Math.Max(stats.Longest, t.Length);
        seen.Add(t.ToString());
    }
    return stats;
}

var seen = new List<string>();
var s = Measure("alpha, beta;gamma  delta,epsilon", seen);
var empty = Measure("", new List<string>());
return $"{s.Count} {s.Longest} {string.Join("|", seen)} {empty.Count} {empty.Longest}";
