// what: async methods with Task.WhenAll, Task.Yield, ValueTask and exceptions across awaits at top level
// input: 
// expected: "low(30),low(19),low(35) user 7 42"
async Task<int> FetchScoreAsync(string user)
{
    await Task.Yield();
    if (user.Length == 0) throw new ArgumentException("empty user name", nameof(user));
    return user.Sum(c => c - 'a' + 1);
}

async ValueTask<string> FormatAsync(int score)
{
    if (score > 50) return $"high({score})";
    await Task.CompletedTask;
    return $"low({score})";
}

static Task<int> Cached(int v) => Task.FromResult(v);

var users = new[] { "alice", "bob", "zed" };
int[] scores = await Task.WhenAll(users.Select(FetchScoreAsync));
var formatted = new List<string>();
foreach (var s in scores) formatted.Add(await FormatAsync(s));

string error;
try { await FetchScoreAsync(""); error = "none"; }
catch (ArgumentException ex) { error = ex.ParamName ?? "?"; }

var first = await Task.WhenAny(Cached(7), Task.FromResult(8));
int cached = await Cached(42);
return $"{string.Join(",", formatted)} {error} {await first} {cached}";
