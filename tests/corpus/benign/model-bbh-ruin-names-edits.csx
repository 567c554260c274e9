// what: ruin_names finds options one character away from the original with a Levenshtein distance on a 2-D array
// input: 
// expected: "the beatless=1; thp beatles=1; the reatles=1; tce beatles=1; the beagles=1"
static int Distance(string a, string b)
{
    var d = new int[a.Length + 1, b.Length + 1];
    for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
    for (int j = 0; j <= b.Length; j++) d[0, j] = j;
    for (int i = 1; i <= a.Length; i++)
        for (int j = 1; j <= b.Length; j++)
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
    return d[a.Length, b.Length];
}
string original = "the beatles";
string[] options = { "the beatless", "thp beatles", "the reatles", "tce beatles", "the beagles" };
var scored = options.Select(o => new { o, dist = Distance(original, o) }).ToList();
return string.Join("; ", scored.Select(s => $"{s.o}={s.dist}"));
