using System.Text.Json;

namespace ChainOfCode.Runtime.Tests;

/// <summary>Model-style programs (BIG-Bench-Hard-like puzzles) that must pass the gate and return the right value.</summary>
public sealed class BenignScriptTests
{
    public static TheoryData<string, string, string> Puzzles => new()
    {
        { "word sorting", """
            var words = "thrill splutter sack mastodon herr".Split(' ');
            return string.Join(" ", words.OrderBy(w => w, StringComparer.Ordinal));
            """, "\"herr mastodon sack splutter thrill\"" },
        { "boolean expressions", """
            bool Eval(string expr)
            {
                var tokens = expr.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                int pos = 0;
                bool Or() { var v = And(); while (pos < tokens.Count && tokens[pos] == "or") { pos++; v = And() | v; } return v; }
                bool And() { var v = Not(); while (pos < tokens.Count && tokens[pos] == "and") { pos++; v = Not() & v; } return v; }
                bool Not() { if (tokens[pos] == "not") { pos++; return !Not(); } return Atom(); }
                bool Atom()
                {
                    if (tokens[pos] == "(") { pos++; var v = Or(); pos++; return v; }
                    return tokens[pos++] == "True";
                }
                return Or();
            }
            return Eval("not ( True ) and ( True ) or not False and True");
            """, "true" },
        { "date arithmetic", """
            var today = new DateTime(1937, 9, 1);
            var tenDaysAgo = today.AddDays(-10);
            return tenDaysAgo.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
            """, "\"08/22/1937\"" },
        { "object counting", """
            var items = new Dictionary<string, int> { ["piano"] = 1, ["flute"] = 1, ["trombone"] = 2, ["violin"] = 1 };
            var instruments = new HashSet<string> { "piano", "flute", "trombone", "violin" };
            return items.Where(p => instruments.Contains(p.Key)).Sum(p => p.Value);
            """, "5" },
        { "dyck languages", """
            var input = "[ { [ < > ] }";
            var pairs = new Dictionary<char, char> { ['('] = ')', ['['] = ']', ['{'] = '}', ['<'] = '>' };
            var stack = new Stack<char>();
            foreach (var c in input.Where(c => c != ' '))
            {
                if (pairs.ContainsKey(c)) { stack.Push(c); }
                else { stack.Pop(); }
            }
            return string.Join(" ", stack.Select(c => pairs[c]));
            """, "\"]\"" },
        { "navigation", """
            var steps = new[] { ("forward", 3), ("left", 0), ("forward", 2), ("left", 0), ("forward", 3), ("left", 0), ("forward", 2) };
            int x = 0, y = 0, dx = 0, dy = 1;
            foreach (var (move, n) in steps)
            {
                if (move == "left") { (dx, dy) = (-dy, dx); }
                else { x += dx * n; y += dy * n; }
            }
            return x == 0 && y == 0;
            """, "true" },
        { "multistep arithmetic", """
            return ((-3 + 9 * -7 - 0) * (4 - -9 + 5 * 8));
            """, "-3498" },
        { "logical deduction", """
            var birds = new[] { "owl", "hawk", "robin" };
            var orders = new List<string[]>();
            void Permute(List<string> prefix, List<string> rest)
            {
                if (rest.Count == 0) { orders.Add(prefix.ToArray()); return; }
                foreach (var b in rest.ToList()) { Permute(prefix.Append(b).ToList(), rest.Where(r => r != b).ToList()); }
            }
            Permute(new List<string>(), birds.ToList());
            var valid = orders.Where(o => Array.IndexOf(o, "robin") == 2 && Array.IndexOf(o, "owl") < Array.IndexOf(o, "hawk")).ToList();
            return valid.Single()[0];
            """, "\"owl\"" },
        { "tracking shuffled objects", """
            var holding = new Dictionary<string, string> { ["Alice"] = "red", ["Bob"] = "green", ["Claire"] = "blue" };
            void Swap(string a, string b) { (holding[a], holding[b]) = (holding[b], holding[a]); }
            Swap("Alice", "Bob"); Swap("Claire", "Alice"); Swap("Bob", "Claire");
            return holding["Alice"];
            """, "\"blue\"" },
        { "temporal sequences", """
            var busy = new List<(int From, int To)> { (5, 7), (7, 9), (11, 15), (15, 18) };
            var free = Enumerable.Range(5, 13).Where(h => !busy.Any(b => h >= b.From && h < b.To)).ToList();
            return $"{free.First()}-{free.Last() + 1}";
            """, "\"9-11\"" },
        { "web of lies", """
            var truth = new Dictionary<string, bool> { ["Fidel"] = false };
            truth["Jerry"] = !truth["Fidel"];
            truth["Vina"] = truth["Jerry"];
            truth["Millicent"] = !truth["Vina"];
            truth["Raymond"] = !truth["Millicent"];
            return truth["Raymond"] ? "Yes" : "No";
            """, "\"Yes\"" },
        { "sports understanding", """
            var sports = new Dictionary<string, string> { ["Joao Moutinho"] = "soccer", ["caught the screen pass"] = "football" };
            return sports["Joao Moutinho"] == sports["caught the screen pass"];
            """, "false" },
        { "geometric shapes", """
            var path = "M 31,29 L 34,76 L 82,16 L 31,29";
            var points = Regex.Matches(path, @"(\d+),(\d+)").Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).ToList();
            var distinct = points.Distinct().Count();
            return distinct switch { 3 => "triangle", 4 => "kite", 5 => "pentagon", _ => "other" };
            """, "\"triangle\"" },
        { "date understanding with month names", """
            var d = DateTime.ParseExact("Jun 1, 2021", "MMM d, yyyy", CultureInfo.InvariantCulture).AddDays(-1);
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            """, "\"2021-05-31\"" },
        { "penguins in a table", """
            var penguins = new[] { new { Name = "Louis", Age = 7, Height = 50 }, new { Name = "Bernard", Age = 5, Height = 80 }, new { Name = "Vincent", Age = 9, Height = 60 }, new { Name = "Gwen", Age = 8, Height = 70 } };
            return penguins.Where(p => p.Age > 7).OrderBy(p => p.Name).Select(p => p.Name).ToArray();
            """, "[\"Gwen\",\"Vincent\"]" },
        { "salient translation counting", """
            var source = "Die Liste der Naturschutzgebiete im Landkreis Dingolfing-Landau";
            var translation = "The list of nature reserves in the district of Dingolfing-Landau";
            var numbers = Regex.Matches(source + translation, @"\d+").Count;
            return numbers == 0 ? "no numbers" : "numbers";
            """, "\"no numbers\"" },
        { "ruin names", """
            var original = "the beatles";
            var options = new[] { "the bdeatles", "the beatlex", "the beagles" };
            bool Humorous(string o) => o.Split(' ').Any(w => w is "beagles");
            return options.First(Humorous);
            """, "\"the beagles\"" },
        { "hyperbaton adjective order", """
            var order = new[] { "opinion", "size", "age", "shape", "color", "origin", "material", "purpose" };
            var kinds = new Dictionary<string, string> { ["lovely"] = "opinion", ["old"] = "age", ["red"] = "color", ["wooden"] = "material" };
            var phrase = new[] { "lovely", "old", "red", "wooden" };
            var ranks = phrase.Select(w => Array.IndexOf(order, kinds[w])).ToList();
            return ranks.Zip(ranks.Skip(1), (a, b) => a < b).All(ok => ok);
            """, "true" },
        { "movie recommendation by overlap", """
            var liked = new[] { "action", "sci-fi", "adventure" };
            var candidates = new Dictionary<string, string[]>
            {
                ["Star Wars"] = new[] { "sci-fi", "adventure", "action" },
                ["Notting Hill"] = new[] { "romance", "comedy" },
            };
            return candidates.OrderByDescending(c => c.Value.Intersect(liked).Count()).First().Key;
            """, "\"Star Wars\"" },
        { "disambiguation with a tuple result", """
            var sentence = "The chief told the counselor that they took the day off.";
            var candidates = new[] { "chief", "counselor" };
            return (candidates.Length, sentence.Split(' ').Length);
            """, "[2,11]" },
        { "reasoning about colored objects", """
            var objects = new List<(string Color, string Item)> { ("red", "pencil"), ("purple", "mug"), ("burgundy", "keychain"), ("fuchsia", "teddy bear") };
            var index = objects.FindIndex(o => o.Item == "mug");
            return objects[index + 1].Color;
            """, "\"burgundy\"" },
        { "formal fallacies", """
            var premises = new Dictionary<string, bool> { ["every A is B"] = true, ["x is B"] = true };
            var valid = false;
            return valid ? "valid" : "invalid";
            """, "\"invalid\"" },
        { "causal judgement with a record", """
            record Event(string Name, int Time, bool Necessary);
            var events = new List<Event> { new("spark", 1, true), new("fuel", 0, true), new("wind", 2, false) };
            return events.Where(e => e.Necessary).OrderBy(e => e.Time).Select(e => e.Name).ToList();
            """, "[\"fuel\",\"spark\"]" },
        { "prime counting with a class", """
            class Sieve
            {
                private readonly bool[] composite;
                public Sieve(int n) { composite = new bool[n + 1]; for (var i = 2; i * i <= n; i++) if (!composite[i]) for (var j = i * i; j <= n; j += i) composite[j] = true; }
                public int Count => Enumerable.Range(2, composite.Length - 2).Count(i => !composite[i]);
            }
            return new Sieve(1000).Count;
            """, "168" },
        { "reading input line by line", """
            var total = 0;
            string line;
            while ((line = ReadLine()) != null) { total += int.Parse(line); }
            return total;
            """, "60" },
        { "json arguments", """
            var numbers = Args["numbers"].EnumerateArray().Select(e => e.GetDouble()).ToList();
            var scale = Args["scale"].GetDouble();
            return numbers.Select(n => n * scale).Max();
            """, "9" },
        { "string manipulation and StringBuilder", """
            var sb = new StringBuilder();
            foreach (var word in "hello brave new world".Split(' ')) { sb.Append(char.ToUpperInvariant(word[0])).Append(word[1..]).Append(' '); }
            return sb.ToString().TrimEnd();
            """, "\"Hello Brave New World\"" },
        { "big integers and math", """
            var f = System.Numerics.BigInteger.One;
            for (var i = 2; i <= 25; i++) f *= i;
            return (f.ToString(), Math.Round(Math.Sqrt(2), 4));
            """, "[\"15511210043330985984000000\",1.4142]" },
        { "dictionary result", """
            var text = "the cat and the hat and the bat";
            return text.Split(' ').GroupBy(w => w).Where(g => g.Count() > 1).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
            """, "{\"and\":2,\"the\":3}" },
        { "system text json", """
            var doc = System.Text.Json.JsonDocument.Parse("{\"a\": [1, 2, 3]}");
            return doc.RootElement.GetProperty("a").EnumerateArray().Sum(e => e.GetInt32());
            """, "6" },
        { "exception handled by the script", """
            int SafeDivide(int a, int b) { try { return a / b; } catch (DivideByZeroException) { return -1; } }
            return SafeDivide(10, 0) + SafeDivide(10, 5);
            """, "1" },
        { "switch expression and patterns", """
            string Classify(object o) => o switch { int i when i < 0 => "negative", int => "int", string { Length: 0 } => "empty", string => "string", _ => "other" };
            return string.Join(",", new object[] { -1, 3, "", "x", 2.5 }.Select(Classify));
            """, "\"negative,int,empty,string,other\"" },
        { "linq query syntax", """
            var q = from n in Enumerable.Range(1, 10) where n % 3 == 0 select n * n;
            return q.ToList();
            """, "[9,36,81]" },
        { "console output and a value", """
            for (var i = 1; i <= 3; i++) Console.WriteLine($"step {i}");
            return "done";
            """, "\"done\"" },
        { "iterator and local function", """
            IEnumerable<int> Fib() { int a = 0, b = 1; while (true) { yield return a; (a, b) = (b, a + b); } }
            return Fib().TakeWhile(f => f < 100).Last();
            """, "89" },
        { "iterators of every element type the rewrite names", """
            record Point(int X, int Y);
            class Box<T> { public T Value; public IEnumerable<T> Twice() { yield return Value; yield return Value; } }
            IEnumerable<(int Index, string Name)> Named() { yield return (1, "a"); yield return (Index: 2, Name: "b"); }
            IEnumerable<Point> Points() { yield return new(1, 2); yield return new Point(3, 4); }
            IEnumerable<int?> Maybe() { yield return null; yield return 5; }
            IEnumerable<int[]> Rows() { yield return [1, 2]; yield return new[] { 3 }; }
            IEnumerable<Func<int, int>> Fns() { yield return x => x + 1; yield return static x => x * 2; }
            IEnumerator<string> Words() { yield return default; yield return "w"; }
            System.Collections.IEnumerable Objects() { yield return 1; yield return "two"; yield return null; }
            IEnumerable<T> Pair<T>(T a, T b) { yield return a; if (a is null) yield break; yield return b; }
            async IAsyncEnumerable<long> Slow() { await System.Threading.Tasks.Task.Yield(); yield return 7; yield return 8L; }
            var words = Words(); var w = 0; while (words.MoveNext()) w += words.Current?.Length ?? 10;
            long slow = 0; await foreach (var x in Slow()) slow += x;
            return new long[] { Named().Sum(t => t.Index), Points().Sum(p => p.X + p.Y), Maybe().Sum() ?? 0, Rows().Sum(r => r.Length), Fns().Aggregate(3, (a, f) => f(a)),
                w, Objects().Cast<object>().Count(), Pair<string>(null, "x").Count() + Pair(1, 2).Sum(), new Box<string> { Value = "b" }.Twice().Count(), slow };
            """, "[3,10,5,3,8,11,3,4,2,15]" },
        { "language features the rewrite must keep", """
            static int Square(int x) => x * x;
            Func<int, int> inc = static x => x + 1;
            Action<List<int>> add = list => list.Add(Square(inc(2)));
            var values = new List<int>();
            add(values);
            var v = new Vec(1, 2) + new Vec(3, 4);
            var bag = new Bag();
            bag[0] = 5;
            int parsed;
            try { parsed = int.Parse("x"); } catch { parsed = -1; }
            try { throw new InvalidOperationException("a"); } catch (Exception e) when (e.Message == "a") { parsed -= 1; }
            int F(int n) { if (n < 0) throw new ArgumentException("n"); return n; }
            int G(int n) => n > 0 ? F(n) : throw new ArgumentOutOfRangeException(nameof(n));
            ref int First(int[] xs) => ref xs[0];
            var arr = new[] { 7, 8 };
            First(arr) = 9;
            return (values[0], v.Length, bag[0] + bag.Count, parsed, G(3), arr[0], new Temp(20).Fahrenheit, (int)new Money(3));
            struct Vec
            {
                public int X, Y;
                public Vec(int x, int y) { X = x; Y = y; }
                public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
                public int Length => X + Y;
            }
            class Bag
            {
                private readonly Dictionary<int, int> items = new();
                public int this[int i] { get => items[i]; set => items[i] = value; }
                public int Count { get { return items.Count; } }
            }
            record Temp(double Celsius) { public double Fahrenheit => Celsius * 9 / 5 + 32; }
            readonly struct Money
            {
                private readonly int cents;
                public Money(int c) => cents = c;
                public static explicit operator int(Money m) => m.cents;
            }
            """, "[9,10,6,-2,3,9,68,3]" },
        { "a tour of the allowed surface", """
            var list = new List<int> { 3, 1, 2 }; list.Sort((a, b) => b.CompareTo(a));
            int.TryParse("12", out var n);
            var pq = new PriorityQueue<string, int>(); pq.Enqueue("a", 2);
            var q = new Queue<int>(); var ll = new LinkedList<int>(); var sd = new SortedDictionary<string, int>();
            var h = HashCode.Combine(1, 2); var cmp = StringComparer.OrdinalIgnoreCase.Compare("a", "A");
            var bin = Convert.ToString(5, 2); var r = new Random(42).Next(10);
            var e = Enum.Parse<DayOfWeek>("Monday"); var rev = new string("abc".ToCharArray().Reverse().ToArray());
            var f = string.Format(CultureInfo.InvariantCulture, "{0:F2}", 3.14159); var t = Tuple.Create(1, 2);
            var isL = char.IsLetter('x'); var m = Math.Max(1, 2); var dt = DateTime.Parse("2020-01-01", CultureInfo.InvariantCulture);
            var json = System.Text.Json.JsonSerializer.Serialize(new { a = 1, b = new[] { 1, 2 } });
            var parsed = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>("{\"x\":1}");
            var sb = new StringBuilder().AppendLine("x").Insert(0, "y").ToString();
            var arr = new int[] { 3, 1 }; Array.Sort(arr); var idx = Array.IndexOf(arr, 3);
            var groups = "aab".GroupBy(c => c).Select(g => (g.Key, g.Count())).ToList();
            var chunked = Enumerable.Range(1, 10).Chunk(3).Count(); var z = new[] { 1 }.Zip(new[] { "a" }).First();
            var nums = "1,2,3".Split(',').Select(int.Parse).Sum(); var st = new Stack<int>(new[] { 1, 2 });
            var isMatch = Regex.IsMatch("abc", "b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            var bi = System.Numerics.BigInteger.Parse("123456789012345678901234567890") * 2;
            var imm = System.Collections.Immutable.ImmutableList.Create(1, 2);
            var ty = typeof(int).Name; var nm = nameof(list);
            return json + parsed["x"] + nums + rev + f + bin + e;
            """, "\"{\\u0022a\\u0022:1,\\u0022b\\u0022:[1,2]}16cba3.14101Monday\"" },
        { "records, equality and their text", """
            record Point(int X, int Y);
            record Node(Node Next, int Value);
            Node list = null;
            for (var i = 0; i < 1000; i++) { list = new Node(list, i); }
            Node copy = null;
            for (var i = 0; i < 1000; i++) { copy = new Node(copy, i); }
            var p = new Point(1, 2) with { Y = 3 };
            return $"{p} {list.Equals(copy)} {list.GetHashCode() == copy.GetHashCode()} {new HashSet<Point> { p, new Point(1, 3) }.Count}";
            """, "\"Point { X = 1, Y = 3 } True True 1\"" },
        { "queries and strings the guards look at", """
            var people = new[] { ("ann", 31), ("bob", 25), ("cid", 31) };
            var byAge = from p in people group p.Item1 by p.Item2 into g orderby g.Key select $"{g.Key}: {string.Join(",", g)}";
            var table = string.Join("|", byAge);
            var padded = string.Format("[{0,5}][{1,-4}][{2:D3}]", "x", "y", 7);
            var replaced = "a-b-c".Replace("-", " - ");
            var sentence = "The " + "quick " + "brown " + "fox " + table;
            var grid = new int[3, 4];
            grid[2, 3] = 5;
            var pairs = new (long, long)[4];
            pairs[1] = (2, 3);
            var big = System.Numerics.BigInteger.Pow(2, 100) << 3;
            var words = Regex.Replace("one two  three", @"\s+", " ", RegexOptions.Compiled);
            var stream = new System.IO.MemoryStream(16);
            stream.Write(new byte[] { 1, 2, 3 });
            stream.Position = 1;
            var options = new System.Text.Json.JsonSerializerOptions { MaxDepth = 32 };
            var data = System.Text.Json.JsonSerializer.Serialize(new { Name = "ann", Tags = new[] { "a", "b" } }, options);
            return $"{sentence}/{padded}/{replaced}/{grid[2, 3]}/{pairs[1].Item2}/{big}/{words}/{stream.ReadByte()}/{data.Length}";
            """, "\"The quick brown fox 25: bob|31: ann,cid/[    x][y   ][007]/a - b - c/5/3/10141204801825835211973625643008/one two three/2/31\"" },
        { "regular expressions with groups, a few dozen of them, over a log of 2,000 lines", """
            var log = string.Join("\n", Enumerable.Range(0, 2000).Select(i => $"2024-01-{i % 28 + 1:D2} user{i % 7}=GET /p/{i}"));
            var line = new Regex(@"^(?<date>(\d{4})-(\d{2})-(\d{2})) (user(\d+))=(GET|POST) (/p/(\d+))$", RegexOptions.Multiline);
            var matches = line.Matches(log);
            var users = matches.Select(m => m.Groups[5].Value).Distinct().Count();
            var sum = matches.Sum(m => int.Parse(m.Groups[8].Value));
            var split = Regex.Split("a1b22c333", @"(\d)(\d*)");
            var swapped = Regex.Replace("john smith, jane doe", @"(\w+) (\w+)", "$2 $1");
            var dozens = "(" + string.Join(")(", Enumerable.Repeat(@"\w", 36)) + ")";
            var wide = Regex.Match(string.Concat(Enumerable.Repeat("abcdefghijklmnopqrstuvwxyz0123456789", 500)), dozens);
            var count = Regex.Count(log, @"user(\d)=");
            var hit = Regex.IsMatch("key=value", @"^(\w+)=(\w+)$");
            var first = line.Match(log).Groups["date"].Value;
            var captures = Regex.Match("a,b,c,d", @"^(?:(\w),?)+$").Groups[1].Captures.Count;
            return $"{matches.Count}/{users}/{sum}/{string.Join(",", split)}/{swapped}/{wide.Groups.Count}/{wide.Groups[36].Value}/{count}/{hit}/{first}/{captures}";
            """, "\"2000/7/1999000/a,1,,b,2,2,c,3,33,/smith john, doe jane/37/9/2000/True/2024-01-01/4\"" },
        { "a dispose pattern", """
            class Resource : IDisposable
            {
                public bool Closed;
                public void Dispose() { Closed = true; GC.SuppressFinalize(this); }
            }
            var r = new Resource();
            r.Dispose();
            return r.Closed;
            """, "true" },
        { "constant strings stay constant", """
            const string A = "x", B = "y", C = "z";
            const string Joined = A + B + C + "!";
            const string Interpolated = $"{A}{B}{C}";
            string Kind(string s) => s switch { A + B + C => "abc", _ => "other" };
            return Joined + Interpolated + Kind("xyz");
            """, "\"xyz!xyzabc\"" },
        { "records of every kind and other rewritten shapes", """
            var f = (int x = 5) => x * 2;
            var g = [Obsolete] (int y) => y + 1;
            class Box { public int X { get => field; set => field = value * 2; } }
            class P(int a) { public int A => a; }
            interface IZero<T> where T : IZero<T> { static abstract T Zero { get; } }
            struct Z : IZero<Z> { public static Z Zero => default; public int V; }
            record Base(int A);
            record Derived(int A, int B) : Base(A);
            sealed record Sealed(string S);
            record Gen<T>(T Value);
            record struct Pt(int X, int Y);
            abstract record Shape { public abstract double Area { get; } }
            record Circle(double R) : Shape { public override double Area => 3 * R * R; }
            record Custom(int X) { public override string ToString() => "custom"; }
            record Printer(int X) { protected virtual bool PrintMembers(StringBuilder b) { b.Append("X!"); return true; } }
            class Outer<T> { public record Inner(T V); }
            T Zero<T>() where T : IZero<T> => T.Zero;
            var box = new Box { X = 3 };
            var d1 = new Derived(1, 2); var d2 = d1 with { B = 2 };
            return $"{f()} {g(1)} {box.X} {new P(4).A} {Zero<Z>().V} {d1 == d2} {d1} {new Sealed("s")} {new Gen<int>(7)} {new Pt(1, 2)} {new Circle(1).Area} {new Custom(1)} {new Printer(1)} {new Outer<int>.Inner(9)}";
            """, "\"10 2 6 4 0 True Derived { A = 1, B = 2 } Sealed { S = s } Gen { Value = 7 } Pt { X = 1, Y = 2 } 3 custom Printer { X! } Inner { V = 9 }\"" },
        { "record structs hash, compare and print as the compiler writes them (the rewrite declares those members)", """
            record struct Q(int A, string? S) { public double D = 1.5; public int P { get; init; } }
            readonly record struct Empty;
            record struct Gen<T>(T V);
            var q = new Q(1, "s") { P = 3 };
            int h = EqualityComparer<int>.Default.GetHashCode(q.A);
            unchecked
            {
                h = h * -1521134295 + EqualityComparer<string?>.Default.GetHashCode(q.S!);
                h = h * -1521134295 + EqualityComparer<double>.Default.GetHashCode(q.D);
                h = h * -1521134295 + EqualityComparer<int>.Default.GetHashCode(q.P);
            }
            return $"{q.GetHashCode() == h} {q == (q with { })} {q != (q with { P = 4 })} {q} {new Empty().GetHashCode()} {new Empty() == default} {new Gen<string>("x").Equals(new Gen<string>("x"))} {new Gen<int>(2)}";
            """, "\"True True True Q { A = 1, S = s, D = 1.5, P = 3 } 0 True True Gen { V = 2 }\"" },
        { "time span arithmetic", """
            var start = TimeSpan.Parse("09:15", CultureInfo.InvariantCulture);
            var end = TimeSpan.Parse("17:40", CultureInfo.InvariantCulture);
            return (end - start).TotalMinutes;
            """, "505" },
    };

    [Theory]
    [MemberData(nameof(Puzzles))]
    public async Task A_benign_script_succeeds_with_the_right_value(string name, string code, string expectedJson)
    {
        var options = new RunOptions
        {
            Input = "10\n20\n30\n",
            ArgsJson = """{"numbers": [1, 2, 3], "scale": 3}""",
            Limits = Scripts.Benign,
        };

        ScriptResult result = await Scripts.RunAsync(code, options);

        Assert.True(result.Status == ScriptStatus.Succeeded, $"{name}: {result.Status} {result.Error} {string.Join("; ", result.Diagnostics.Select(d => $"{d.Id}@{d.Line}:{d.Column} {d.Message}"))}");
        Assert.Equal(expectedJson, JsonSerializer.Serialize(result.Value));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }
    [Theory]
    [InlineData("class Program\n{\n    static void Main(string[] args)\n    {\n        Console.WriteLine(new[] { 3, 1, 2 }.Sum());\n    }\n}\n", null, "6\n")]
    [InlineData("public class Program\n{\n    private static int Main() { Console.WriteLine(\"x\"); return 7; }\n}\n", "7", "x\n")]
    [InlineData("static class App\n{\n    static async Task Main()\n    {\n        await Task.CompletedTask;\n        Console.Write(\"done\");\n    }\n}\n", null, "done")]
    public async Task A_script_written_as_a_program_runs_its_Main(string code, string? expectedJson, string expectedOutput)
    {
        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign });

        Assert.True(result.Status == ScriptStatus.Succeeded, $"{result.Status} {result.Error}");
        Assert.Equal(expectedJson, result.Value?.GetRawText());
        Assert.Equal(expectedOutput, result.Output);
    }

    [Fact]
    public async Task A_program_s_Main_is_gated_like_any_code()
    {
        ScriptResult result = await Scripts.RunAsync("class Program\n{\n    static void Main() => Console.WriteLine(System.IO.File.ReadAllText(\"/etc/passwd\"));\n}\n", new RunOptions { Limits = Scripts.Benign });

        Assert.Equal(ScriptStatus.Rejected, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Id == "COC0001" && d.Line == 3);
    }
    // A top-level Span<T> or ReadOnlySpan<T> variable would be a field of the script (CS8345), a top-level ref local or
    // using declaration does not parse (CS1003, CS0825): the gate puts the top-level code from its declaration on into a
    // block, where it is a local (ScriptSpanLocals).
    [Theory]
    [InlineData("int[] a = { 3, 1, 2 };\nSpan<int> s = a;\ns.Sort();\nreturn s[0] * 100 + s[1] * 10 + s[2];\n", "123")]
    [InlineData("Span<int> s = new int[] { 1, 2 };\nvar p = new P(s[0] + s[1]);\nreturn p.V;\nrecord P(int V);\n", "3")]
    [InlineData("string text = \"hello world\";\nReadOnlySpan<char> span = text.AsSpan();\nint Count(char c) => text.Count(x => x == c);\nint space = span.IndexOf(' ');\nreturn space + Count('o');\n", "7")]
    [InlineData("var w = \"abc\".AsSpan(1);\nSystem.ReadOnlySpan<char> v = w[1..];\nreturn w.Length * 10 + v.Length;\n", "21")]
    [InlineData("int[] a = { 3, 41, 7 };\nref int first = ref a[0];\nfirst = 5;\nref readonly int second = ref a[1];\nscoped ref int third = ref a[2];\nthird++;\nreturn a[0] + second + a[2];\n", "54")]
    [InlineData("static ref int Largest(int[] v) { int i = 0; for (int j = 1; j < v.Length; j++) if (v[j] > v[i]) i = j; return ref v[i]; }\nint[] a = { 3, 41, 7 };\nref int big = ref Largest(a);\nbig = 0;\nreturn string.Join(\",\", a);\n", "\"3,0,7\"")]
    [InlineData("static int Twice(int s) => s * 2;\nint[] a = { 1, 2 };\nSpan<int> s = a;\nreturn Twice(s[1]);\n", "4")]
    [InlineData("using System.IO;\nusing var reader = new StringReader(\"a\\nb\");\nreturn reader.ReadLine() + reader.ReadLine();\n", "\"ab\"")]
    [InlineData("using System.IO;\nvar text = \"first\\nsecond\";\nusing var r = new StringReader(text);\nusing StringWriter w = new();\nusing (var q = new StringReader(\"z\")) { w.Write(q.ReadToEnd()); }\nstatic string Up(string s) => s.ToUpperInvariant();\nw.Write(Up(r.ReadLine()!));\nreturn w.ToString();\nrecord P(int X);\n", "\"zFIRST\"")]
    public async Task A_top_level_span_ref_or_using_variable_is_a_local(string code, string expectedJson)
    {
        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign });

        Assert.True(result.Status == ScriptStatus.Succeeded, $"{result.Status} {result.Error}");
        Assert.Equal(expectedJson, result.Value?.GetRawText());
    }

    [Fact]
    public async Task Code_the_gate_puts_into_a_block_for_a_span_is_gated_like_any_code()
    {
        ScriptResult result = await Scripts.RunAsync("Span<int> s = new int[1];\nvoid Read() => Console.WriteLine(System.IO.File.ReadAllText(\"/etc/passwd\"));\nRead();\nreturn s.Length;\n", new RunOptions { Limits = Scripts.Benign });

        Assert.Equal(ScriptStatus.Rejected, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Id == "COC0001" && d.Line == 2);
    }

    [Theory]
    [InlineData("static class Ext\n{\n    private static string Twice(this string s) => s + s;\n    public static string Four(string s) => s.Twice().Twice();\n}\nreturn Ext.Four(\"a\");\n", "CS1109", "declare the extension method at the top level")]
    [InlineData("int[] a = { 1, 2 };\nSpan<int> s = a;\nreturn First();\nint First() => s[0];\n", "CS8345", "use the Span<T> inside a local function")]
    [InlineData("namespace Puzzles;\nclass A { }\n", "CS7021", "remove the namespace declaration")]
    [InlineData("static class TextExtensions\n{\n    extension(string s)\n    {\n        public string Shout() => s.ToUpperInvariant() + \"!\";\n    }\n}\nreturn \"a\".Shout();\n", "CS9283", "write each member as an extension method at the top level")]
    public async Task A_compile_error_only_a_script_gives_says_what_to_write_instead(string code, string id, string hint)
    {
        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign });

        Assert.Equal(ScriptStatus.CompileError, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Id == id && d.Message.Contains(hint, StringComparison.Ordinal));
    }
    [Fact]
    public async Task Extension_methods_in_a_static_class_work_as_extensions_and_as_static_methods()
    {
        const string code = """
            static class TextExtensions
            {
                public static string Reversed(this string s) => new string(s.Reverse().ToArray());
                public static T FirstOr<T>(this IEnumerable<T> xs, T fallback) where T : struct => xs.Any() ? xs.First() : fallback;
                internal static void Bump(this ref int n, int by = 1) => n += by;
                public static string Twice(this string s) => s.Reversed().Reversed() + s;
            }
            int count = 1;
            count.Bump();
            return $"{"abc".Reversed()} {TextExtensions.Reversed("xy")} {new int[0].FirstOr(7)} {count} {"q".Twice()}";
            """;

        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign });

        Assert.True(result.Status == ScriptStatus.Succeeded, $"{result.Status} {result.Error}");
        Assert.Equal("\"cba yx 7 2 qq\"", result.Value?.GetRawText());
    }
}
