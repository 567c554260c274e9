// what: newer LINQ operators: CountBy, AggregateBy, Index, Zip of three, Chunk, DistinctBy, UnionBy, ToLookup
// input: 
// expected: "east=1,north=2,south=2 | north:320,south:210,east:50 | 0-ann,2-cy,4-ed | 1a!,2b,3c! | 10,26,19 | ann,bo,di | Ann,bo,Cy | ann,cy,ed | 120,200,400,450,580 | east:50,north:200,south:130"
var sales = new[]
{
    (Region: "north", Rep: "ann", Amount: 120),
    (Region: "south", Rep: "bo", Amount: 80),
    (Region: "north", Rep: "cy", Amount: 200),
    (Region: "east", Rep: "di", Amount: 50),
    (Region: "south", Rep: "ed", Amount: 130),
};

var countBy = sales.CountBy(s => s.Region).OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}");
var totalBy = sales.AggregateBy(s => s.Region, 0, (acc, s) => acc + s.Amount).OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key}:{kv.Value}");
var indexed = sales.Index().Where(p => p.Index % 2 == 0).Select(p => $"{p.Index}-{p.Item.Rep}");
var zipped = new[] { 1, 2, 3 }.Zip(new[] { "a", "b", "c" }, new[] { true, false, true }).Select(t => $"{t.First}{t.Second}{(t.Third ? "!" : "")}");
var chunks = Enumerable.Range(1, 10).Chunk(4).Select(c => c.Sum());
var distinct = sales.DistinctBy(s => s.Region).Select(s => s.Rep);
var union = new[] { "Ann", "bo" }.UnionBy(new[] { "ANN", "Cy" }, s => s.ToLowerInvariant());
var lookup = sales.ToLookup(s => s.Amount >= 100);
var big = lookup[true].Select(s => s.Rep);
var running = sales.Select(s => s.Amount).Aggregate(new List<int>(), (acc, x) => { acc.Add((acc.Count > 0 ? acc[^1] : 0) + x); return acc; });
var grouped = sales.GroupBy(s => s.Region, s => s.Amount, (k, xs) => $"{k}:{xs.Max()}").Order();
return string.Join(" | ", new[]
{
    string.Join(",", countBy), string.Join(",", totalBy), string.Join(",", indexed), string.Join(",", zipped),
    string.Join(",", chunks), string.Join(",", distinct), string.Join(",", union), string.Join(",", big),
    string.Join(",", running), string.Join(",", grouped),
});
