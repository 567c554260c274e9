// what: field initializers calling static helpers, lambdas stored in fields, throw expressions, expression-bodied members and null-coalescing throws
// input: 
// expected: "1 2 20 renamed to gamma 2 name,v,index"
class Config
{
    private static int _created = 0;
    private static int NextId() => ++_created;

    public int Id { get; } = NextId();
    public string Name { get; }
    private readonly Func<int, int> _scale = x => x * Multiplier;
    public static int Multiplier { get; set; } = 3;
    private readonly List<string> _history = new() { "created" };

    public Config(string? name) => Name = name ?? throw new ArgumentNullException(nameof(name));

    public int Scaled(int v) => v >= 0 ? _scale(v) : throw new ArgumentOutOfRangeException(nameof(v), "negative");
    public string this[int i] => i < _history.Count ? _history[i] : throw new IndexOutOfRangeException();
    public int HistoryCount => _history.Count;
    public Config Rename(string n) { _history.Add($"renamed to {n}"); return this; }
}

var a = new Config("alpha");
var b = new Config("beta").Rename("gamma");
Config.Multiplier = 5;
var errors = new List<string>();
try { _ = new Config(null); } catch (ArgumentNullException e) { errors.Add(e.ParamName!); }
try { a.Scaled(-1); } catch (ArgumentOutOfRangeException e) { errors.Add(e.ParamName!); }
try { _ = a[5]; } catch (IndexOutOfRangeException) { errors.Add("index"); }
return $"{a.Id} {b.Id} {a.Scaled(4)} {b[1]} {b.HistoryCount} {string.Join(",", errors)}";
