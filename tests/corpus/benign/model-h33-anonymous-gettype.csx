// what: anonymous types (ToString, equality, with), object.GetType().Name in a type report, typeof names and nameof
// input: 
// expected: "{ Name = pen, Price = 1.5 } True 2 | Int32,String,Double,Char,Boolean,List`1,Int32[],DateTime,Int64,null | Dictionary`2 things Count"
var a = new { Name = "pen", Price = 1.5m };
var b = new { Name = "pen", Price = 1.5m };
var c = a with { Price = 2m };
object[] things = [42, "text", 3.14, 'c', true, new List<int>(), new int[2], DateTime.MinValue, 5L, null!];
var report = things.Select(t => t?.GetType().Name ?? "null");
return $"{a} {a.Equals(b)} {c.Price} | {string.Join(",", report)} | {typeof(Dictionary<string, int>).Name} {nameof(things)} {nameof(List<int>.Count)}";
